"""The manytreaties membership tables (globalgov/manytreaties, CC BY 4.0): file → `Parsed`.

Pure: reads files, never the database. One row is one state in one agreement; the columns
that carry a state's dates become facts of a fixed kind. What the reader refuses is reported
with its reason, never repaired by guessing.
"""

from __future__ import annotations

import csv
import io
from collections import Counter, defaultdict
from pathlib import Path

import pycountry
from django.utils.text import slugify

from agreements.datasets.records import (
    CELL_CONTRADICTED,
    NO_END,
    SKIP_CONFLICTING_DUPLICATE,
    SKIP_DUPLICATE,
    SKIP_NO_AGREEMENT,
    SKIP_NO_FACT,
    SKIP_ORGANISATION,
    SKIP_SUBNATIONAL,
    SKIP_UNKNOWN_STATE,
    AgreementRecord,
    BadDate,
    DatedValue,
    DenialRecord,
    FactRecord,
    Parsed,
    Skip,
    date_parse,
)
from agreements.vocab import AgreementKind, EventKind

SLUG = "manytreaties"
DATASET = {
    "name": "manytreaties: Many International Agreements and Their Parties",
    "version": "1.0.0 (commit 4bf79f9, 2025-10-05)",
    "licence": "CC BY 4.0",
    "attribution": (
        "Membership data from manytreaties 1.0.0 by James Hollway, Henrique Sposito et al., "
        "Graduate Institute Geneva (IHEID), licensed CC BY 4.0."
    ),
    "url": "https://github.com/globalgov/manytreaties",
}
FILES = ("HUGGO_MEM_env_reconciled.csv", "HUGGO_MEM_trade_additional.csv")
DEFAULT_DIR = Path(__file__).resolve().parents[2] / "data" / "manytreaties"

# Codes in `stateID` that are not current ISO 3166-1 alpha-3, mapped only where the actor is
# the same: historical states to their ISO 3166-3 rows; the EU under the codes the files use
# for it (EUE, EUU in the environment file; EC, the European Community, in the trade file —
# the EU replaced and succeeded the Community in 2009 and depositaries list the EU as the
# party to what the Community signed); Kosovo (KOS, whose row names say "Kosovo") to XK;
# ALG, whose rows all name Algeria, to DZ.
STATE_CODES = {
    "DDR": "DD",
    "CSK": "CS",
    "YUG": "YU",
    "SCG": "CSXX",
    "YMD": "YD",
    "SUN": "SU",
    "EUE": "EU",
    "EUU": "EU",
    "EC": "EU",
    "KOS": "XK",
    "ALG": "DZ",
}
# Organisations and sub-national governments that some rows list as parties. They are not
# states and Concord has no row for them: such rows are reported, not imported. (Euratom is
# a legal person distinct from the EU; EFTA's agreements are signed by its member states.)
ORGANISATIONS = {
    "EFTA",
    "EURATOM European Atomic Energy Community",
    "FAO Food and Agriculture Organization of the UN",
    "IAEA International Atomic Energy Agency",
    "WHO World Health Organization",
    "WMO World Metereological Organization",
}
SUBNATIONAL = {"Bayern", "Baden-Württemberg"}

# The agreements of the catalogue that the files hold, checked by title, adoption and entry
# into force against the catalogue: treatyID → (catalogue slug, expected `Begin`). A row
# whose `Begin` differs is not attached. Deliberately absent: UNCLOS_1982A (its rows are the
# 1994 Part XI and 1995 Fish Stocks implementing agreements, not the Convention);
# TPNWLA_1967A (the Treaty of Tlatelolco, not the TPNW); GATT_1947O (the GATT, which the WTO
# succeeded but is not); Kyoto, Paris, Ottawa, cluster munitions and the ATT are not in the
# files.
CATALOGUE = {
    "CMPPTP_2018A": ("cptpp", "08.03.2018"),
    "TRTPNW_1968A": ("npt", "01.07.1968"),  # the London depositary's record
    "CMNTBT_1996A": ("ctbt", "10.09.1996"),
    "UNFCCC_1992A": ("unfccc", "09.05.1992"),
    "MNSDOL_1987P": ("montreal-protocol", "16.09.1987"),
    "PD04WD_1992A": ("chemical-weapons-convention", "03.09.1992"),
    "PD05WD_1972A": ("biological-weapons-convention", "10.04.1972"),
}

# Which column says which kind of step. In the environment file `stateRat` holds the date
# of consent whatever its form: when it repeats the Accession, Acceptance or Succession
# date, that column says what the step was and no separate ratification is recorded.
ENV_COLUMNS = [
    ("stateSignature", EventKind.SIGNED),
    ("stateRat", EventKind.RATIFIED),
    ("Acceptance", EventKind.ACCEPTED_APPROVED),
    ("Accession", EventKind.ACCEDED),
    ("Succession", EventKind.SUCCEEDED),
    ("stateForce", EventKind.ENTERED_INTO_FORCE),
    ("stateForce2", EventKind.ENTERED_INTO_FORCE),  # again in force after leaving
    ("stateForce3", EventKind.ENTERED_INTO_FORCE),
    ("ProvisionalApp", EventKind.PROVISIONAL_APPLICATION),
    ("stateWithdrawal", EventKind.WITHDREW),
    ("stateWithdrawal2", EventKind.WITHDREW),
]
ENV_CONSENT_FORMS = ("Acceptance", "Accession", "Succession")
# The trade file's `Succession` is a 0/1 flag without a date: it cannot date a step.
TRADE_COLUMNS = [
    ("StateSignature", EventKind.SIGNED),
    ("StateRatification", EventKind.RATIFIED),
    ("Accession", EventKind.ACCEDED),
    ("StateForce", EventKind.ENTERED_INTO_FORCE),
    ("StateEnd", EventKind.WITHDREW),
]
TRADE_CONSENT_FORMS = ("Accession",)
EXTERNAL_ID_COLUMNS = ("manyID", "treatyID", "gengID", "ecolexID", "ieaID", "gptadID")


def text_decode(raw: bytes) -> tuple[str, int]:
    """The file's text, and how many of its lines were not UTF-8.

    The environment file is UTF-8. The trade file is UTF-8 except three lines written in Mac
    Roman, where byte 0xCA is a no-break space ("St.\\xcaKitts\\xcaand\\xcaNevis"); read as
    any Windows code page those bytes would become letters. Each line is therefore decoded
    as UTF-8 and, only if that fails, as Mac Roman.
    """
    lines = []
    fallback = 0
    for line in raw.split(b"\n"):
        try:
            lines.append(line.decode("utf-8"))
        except UnicodeDecodeError:
            lines.append(line.decode("mac_roman"))
            fallback += 1
    return "\n".join(line.removesuffix("\r") for line in lines), fallback


def state_resolve(code: str) -> tuple[str | None, str]:
    """(ISO alpha-2 of the actor, "") or (None, the reason the row cannot be used)."""
    code = " ".join(code.split())
    if code in STATE_CODES:
        return STATE_CODES[code], ""
    if code in SUBNATIONAL:
        return None, SKIP_SUBNATIONAL
    if code in ORGANISATIONS or code.startswith("IO-"):
        return None, SKIP_ORGANISATION
    country = pycountry.countries.get(alpha_3=code) if len(code) == 3 else None
    if country is None:
        return None, SKIP_UNKNOWN_STATE
    return country.alpha_2, ""


def _kind_from_title(title: str) -> str:
    lowered = title.lower()
    if "protocol" in lowered:
        return AgreementKind.PROTOCOL
    if "convention" in lowered:
        return AgreementKind.CONVENTION
    return AgreementKind.TREATY


def _majority(values: list[str]) -> tuple[str, bool]:
    """The value most rows give, and whether that is clear (no tie for first place)."""
    counts = Counter(values).most_common()
    clear = len(counts) == 1 or counts[0][1] > counts[1][1]
    return counts[0][0], clear


def _records(path: Path, parsed: Parsed) -> tuple[list[str], list[tuple[str, dict[str, str]]]]:
    text, fallback = text_decode(path.read_bytes())
    if fallback:
        parsed.notes.append(f"{path.name}: {fallback} line(s) not UTF-8, read as Mac Roman")
    reader = csv.reader(io.StringIO(text))
    header = next(reader)
    rows = []
    for number, cells in enumerate(reader, start=1):
        if not any(cell.strip() for cell in cells):
            continue  # a blank line, or only the trailing empty columns
        # trailing columns have no name and nothing in them: they are dropped here
        row = {name: cell.strip() for name, cell in zip(header, cells, strict=False) if name}
        rows.append((f"{path.name}#{number}", row))
    parsed.rows_read += len(rows)
    return header, rows


def file_parse(path: Path) -> Parsed:
    """One manytreaties membership file → agreements, facts, denials and what was refused."""
    parsed = Parsed()
    header, records = _records(path, parsed)
    trade = "StateRatification" in header
    columns, consent_forms = (
        (TRADE_COLUMNS, TRADE_CONSENT_FORMS) if trade else (ENV_COLUMNS, ENV_CONSENT_FORMS)
    )
    groups: dict[tuple[str, str], list[tuple[str, dict]]] = defaultdict(list)
    begins: dict[str, set[str]] = defaultdict(set)
    for ref, row in records:
        treaty_id = row.get("treatyID") or row.get("manyID") or ""
        if not treaty_id or treaty_id == "NA":
            parsed.skipped_rows.append(Skip(ref, SKIP_NO_AGREEMENT))
            continue
        groups[(treaty_id, row.get("Begin", ""))].append((ref, row))
        begins[treaty_id].add(row.get("Begin", ""))
    for (treaty_id, begin), rows in groups.items():
        # A few treatyIDs hold agreements adopted on different days (an agreement and its
        # extension; the 1994 and 1995 UNCLOS implementing agreements): one agreement per
        # adoption date, reported.
        split = len(begins[treaty_id]) > 1
        key = f"{treaty_id}@{begin}" if split else treaty_id
        if split:
            parsed.notes.append(
                f"{treaty_id}: rows with {len(begins[treaty_id])} adoption dates, "
                f"imported as separate agreements ({begin}: {len(rows)} rows)"
            )
        record = _agreement_record(key, treaty_id, begin, split, rows, parsed)
        parsed.agreements[key] = record
        seen: dict[str, list] = defaultdict(list)
        for ref, row in rows:
            _row_parse(ref, row, record, columns, consent_forms, trade, seen, parsed)
        _state_rows_settle(seen, parsed)
    return parsed


def _agreement_record(
    key: str, treaty_id: str, begin: str, split: bool, rows: list, parsed: Parsed
) -> AgreementRecord:
    def value(column: str) -> str:
        values = [row.get(column, "NA") or "NA" for _, row in rows]
        chosen, clear = _majority(values)
        if not clear:
            parsed.notes.append(f"{key}: rows disagree on {column}; left empty")
            return "NA"
        return chosen

    def dated(column: str) -> DatedValue | None:
        try:
            parsed_value = date_parse(value(column))
        except BadDate as error:
            parsed.notes.append(f"{key}: {column} {error}")
            return None
        return parsed_value if isinstance(parsed_value, DatedValue) else None

    title = " ".join(_majority([row.get("Title", "") for _, row in rows])[0].split())
    slug = slugify(treaty_id.replace(":", "-"))
    if split:
        slug = f"{slug}-{slugify(begin)}"
    external_ids = {}
    for column in EXTERNAL_ID_COLUMNS:
        values = [row[column] for _, row in rows if row.get(column) not in (None, "", "NA")]
        if values:
            external_ids[column] = _majority(values)[0]
    catalogue_slug = ""
    if treaty_id in CATALOGUE:
        catalogue_slug, expected_begin = CATALOGUE[treaty_id]
        if begin != expected_begin:
            parsed.notes.append(
                f"{key}: Begin {begin} is not {expected_begin}: not attached to {catalogue_slug}"
            )
            catalogue_slug = ""
    return AgreementRecord(
        key=key,
        slug=slug[:80],
        title=title or treaty_id,
        kind=_kind_from_title(title),
        adopted=dated("Begin"),
        opened_for_signature=dated("Signature"),
        entry_into_force=dated("Force"),
        external_ids=external_ids,
        catalogue_slug=catalogue_slug,
    )


def _row_parse(
    ref: str,
    row: dict[str, str],
    record: AgreementRecord,
    columns: list,
    consent_forms: tuple[str, ...],
    trade: bool,
    seen: dict,
    parsed: Parsed,
) -> None:
    iso2, reason = state_resolve(row.get("stateID", ""))
    if iso2 is None:
        parsed.skipped_rows.append(Skip(ref, reason, row.get("stateID", "")))
        return
    values = {}
    for column, _ in columns:
        try:
            values[column] = date_parse(row.get(column, ""))
        except BadDate as error:
            parsed.ignored_cells.append(Skip(ref, error.reason, f"{column}={error.value}"))
            values[column] = None
    treaty_end = row.get("End", "")
    facts: list[FactRecord] = []
    denials: list[DenialRecord] = []
    for column, kind in columns:
        value = values[column]
        if value is None:
            continue
        if value is NO_END:
            if kind == EventKind.WITHDREW:
                denials.append(DenialRecord(record.key, iso2, ref, column, row[column]))
            continue
        if kind == EventKind.RATIFIED and any(values.get(form) == value for form in consent_forms):
            continue  # the consent column says how consent was given
        if trade and kind == EventKind.WITHDREW and row[column] == treaty_end:
            continue  # the state's participation ended with the agreement: not a withdrawal
        quote = f"{row.get('stateID')}: {column} {row[column]}"
        if trade and row.get("url") not in (None, "", "NA"):
            quote += f" (source named by the dataset: {row['url']})"
        facts.append(
            FactRecord(
                record.key, iso2, kind, value.date, value.precision, ref, column, row[column], quote
            )
        )
    if not facts and not denials:
        parsed.skipped_rows.append(Skip(ref, SKIP_NO_FACT, row.get("stateID", "")))
        return
    seen[iso2].append((ref, row.get("stateID", ""), facts, denials))


def _fact_signature(fact: FactRecord) -> tuple:
    return (fact.kind, fact.date, fact.precision)


def _state_rows_settle(seen: dict[str, list], parsed: Parsed) -> None:
    """One state's rows in one agreement → its facts.

    A single row is taken as it is. Identical rows are one row. Rows that contradict each
    other (in one treatyID the same state sometimes appears under two title variants with
    different dates) yield only the facts they all give; the rest is reported.
    """
    for rows in seen.values():
        first_ref, _, facts, denials = rows[0]
        if len(rows) == 1:
            parsed.facts += facts
            parsed.denials += denials
            continue
        signatures = [
            ({_fact_signature(f) for f in r_facts}, {d.column for d in r_denials})
            for _, _, r_facts, r_denials in rows
        ]
        if all(signature == signatures[0] for signature in signatures):
            parsed.facts += facts
            parsed.denials += denials
            for ref, code, _, _ in rows[1:]:
                parsed.skipped_rows.append(Skip(ref, SKIP_DUPLICATE, f"{code}, as {first_ref}"))
            continue
        common_facts = set.intersection(*(facts for facts, _ in signatures))
        common_denials = set.intersection(*(denials for _, denials in signatures))
        for fact in facts:
            if _fact_signature(fact) in common_facts:
                parsed.facts.append(fact)
            else:
                parsed.ignored_cells.append(
                    Skip(first_ref, CELL_CONTRADICTED, f"{fact.column}={fact.value}")
                )
        parsed.denials += [d for d in denials if d.column in common_denials]
        for ref, code, _, _ in rows[1:]:
            parsed.skipped_rows.append(
                Skip(ref, SKIP_CONFLICTING_DUPLICATE, f"{code}, as {first_ref}")
            )


def dataset_parse(path: Path) -> Parsed:
    """A file, or a directory holding both manytreaties files."""
    path = Path(path)
    if path.is_file():
        return file_parse(path)
    parsed = Parsed()
    for name in FILES:
        parsed.extend(file_parse(path / name))
    return parsed
