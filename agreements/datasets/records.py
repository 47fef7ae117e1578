"""What a structured source says, before it touches the database.

A reader (manytreaties.py, wikidata.py) turns a file into a `Parsed`: agreements, dated facts,
explicit denials ("still a party, no withdrawal"), and the rows and cells it would not use,
each with its reason. The loader (load.py) then turns a `Parsed` into rows.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date

from agreements.vocab import Precision

# Reasons are part of the import report and the README: keep them short and stable.
SKIP_SUBNATIONAL = "sub-national government, not a state"
SKIP_ORGANISATION = "international organisation, not a state"
SKIP_UNKNOWN_STATE = "unknown state code"
SKIP_NO_AGREEMENT = "no agreement identifier"
SKIP_DUPLICATE = "duplicate of an earlier row"
SKIP_CONFLICTING_DUPLICATE = "same state and agreement as an earlier row, with other dates"
SKIP_NO_FACT = "no dated fact"
SKIP_UNKNOWN_AGREEMENT = "agreement not found"

CELL_PLACEHOLDER = "placeholder date 0001-01-01"
CELL_MALFORMED = "malformed date"
CELL_IMPOSSIBLE = "impossible date"
CELL_OUT_OF_RANGE = "date out of range"
CELL_CONTRADICTED = "contradicted by another row for the same state and agreement"


@dataclass(frozen=True)
class DatedValue:
    date: date
    precision: str


class NoEnd:
    """`31.12.9999`: the source says there is no end (still in force, no withdrawal)."""

    def __repr__(self) -> str:
        return "NO_END"


NO_END = NoEnd()


class BadDate(ValueError):
    """A cell that looks like a date but is not one; `reason` is one of the CELL_ reasons."""

    def __init__(self, reason: str, value: str):
        super().__init__(f"{reason}: {value!r}")
        self.reason = reason
        self.value = value


_DMY = re.compile(r"(\d{2})\.(\d{2})\.(\d{4})")
_ISO_DAY = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_ISO_MONTH = re.compile(r"(\d{4})-(\d{2})")
_YEAR = re.compile(r"\d{4}")


def date_parse(value: str) -> DatedValue | NoEnd | None:
    """A dataset cell as a date at its precision; None when missing, NO_END for 31.12.9999.

    Accepts `dd.mm.yyyy`, `yyyy-mm-dd` (day), `yyyy-mm` (month) and `yyyy` (year). Anything
    else raises BadDate: a cell is never repaired by guessing ("1985-11-01-", "1971-0706",
    "2020-99-99", "2010-02-29" are all refused).
    """
    text = (value or "").strip()
    if text in ("", "NA"):
        return None
    if text == "31.12.9999":
        return NO_END
    if text == "0001-01-01":
        # used by some rows where a date is unknown: it is not a date
        raise BadDate(CELL_PLACEHOLDER, text)
    if m := _DMY.fullmatch(text):
        day, month, year = (int(g) for g in m.groups())
        precision = Precision.DAY
    elif m := _ISO_DAY.fullmatch(text):
        year, month, day = (int(g) for g in m.groups())
        precision = Precision.DAY
    elif m := _ISO_MONTH.fullmatch(text):
        year, month, day = int(m.group(1)), int(m.group(2)), 1
        precision = Precision.MONTH
    elif _YEAR.fullmatch(text):
        year, month, day = int(text), 1, 1
        precision = Precision.YEAR
    else:
        raise BadDate(CELL_MALFORMED, text)
    try:
        parsed = date(year, month, day)
    except ValueError:
        raise BadDate(CELL_IMPOSSIBLE, text) from None
    if not 1800 <= parsed.year <= 2100:
        raise BadDate(CELL_OUT_OF_RANGE, text)
    return DatedValue(parsed, precision)


@dataclass
class AgreementRecord:
    """An agreement as the source describes it. `key` is its identity within the source."""

    key: str
    slug: str
    title: str
    kind: str
    adopted: DatedValue | None = None
    opened_for_signature: DatedValue | None = None
    entry_into_force: DatedValue | None = None
    external_ids: dict[str, str] = field(default_factory=dict)
    # The catalogue agreement it is (verified by hand), or its Wikidata item.
    catalogue_slug: str = ""
    wikidata_qid: str = ""


@dataclass(frozen=True)
class FactRecord:
    """One dated step of one state in one agreement, and the source cell it comes from."""

    agreement_key: str
    iso2: str
    kind: str
    date: date
    precision: str
    row: str  # "HUGGO_MEM_env_reconciled.csv#17": the file and its data row, 1-based
    column: str
    value: str  # the cell as written
    quote: str = ""  # what the evidence quotes: the cells of the row that say this
    url: str = ""  # where the row can be read, when the source has a page per row


@dataclass(frozen=True)
class DenialRecord:
    """The source says a state has not withdrawn (`31.12.9999` in a withdrawal column)."""

    agreement_key: str
    iso2: str
    row: str
    column: str
    value: str


@dataclass(frozen=True)
class Skip:
    row: str
    reason: str
    detail: str = ""


@dataclass
class Parsed:
    agreements: dict[str, AgreementRecord] = field(default_factory=dict)
    facts: list[FactRecord] = field(default_factory=list)
    denials: list[DenialRecord] = field(default_factory=list)
    skipped_rows: list[Skip] = field(default_factory=list)  # rows not used at all
    ignored_cells: list[Skip] = field(default_factory=list)  # cells not used, row kept
    notes: list[str] = field(default_factory=list)
    rows_read: int = 0
    version: str = ""  # when the source names its version only in the file

    def extend(self, other: Parsed) -> None:
        self.agreements.update(other.agreements)
        self.facts += other.facts
        self.denials += other.denials
        self.skipped_rows += other.skipped_rows
        self.ignored_cells += other.ignored_cells
        self.notes += other.notes
        self.rows_read += other.rows_read

    def skipped_by_reason(self) -> Counter:
        return Counter(skip.reason for skip in self.skipped_rows)

    def ignored_by_reason(self) -> Counter:
        return Counter(skip.reason for skip in self.ignored_cells)
