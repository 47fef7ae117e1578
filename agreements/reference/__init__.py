"""Reference data that ships with Concord: every country, and a catalogue of agreements.

Loading is an import in the openstates manner: each row is inserted, updated or left
unchanged (noop), and the counts say which. A second load changes nothing.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import babel
import pycountry
import yaml
from django.conf import settings
from django.db import transaction

from agreements.models import (
    Agreement,
    AgreementAlias,
    Country,
    CountryAlias,
    Evidence,
    ParticipationEvent,
)
from agreements.vocab import AgreementKind, EventKind, Precision

HERE = Path(__file__).resolve().parent
COUNTRIES_FILE = HERE / "countries.yaml"
CATALOGUE_FILE = HERE / "catalogue.yaml"

# Arabic diacritics (tashkeel), superscript alef and tatweel: stored names carry none of them.
_TASHKEEL = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")


def strip_tashkeel(text: str) -> str:
    return _TASHKEEL.sub("", unicodedata.normalize("NFC", text))


@dataclass
class LoadReport:
    """insert / update / noop counts per kind of row."""

    counts: Counter = field(default_factory=Counter)
    problems: list[str] = field(default_factory=list)

    def add(self, kind: str, outcome: str) -> None:
        self.counts[(kind, outcome)] += 1

    @property
    def changed(self) -> int:
        return sum(n for (_, outcome), n in self.counts.items() if outcome != "noop")

    def lines(self) -> list[str]:
        kinds = sorted({kind for kind, _ in self.counts})
        return [
            f"{kind:<14} insert {self.counts[(kind, 'insert')]:>5}  "
            f"update {self.counts[(kind, 'update')]:>5}  noop {self.counts[(kind, 'noop')]:>5}"
            for kind in kinds
        ]


def parse_dated(value: Any) -> tuple[date, str]:
    """'2020-09-15' → day, '2020-09' → month, '2020' → year precision (first day stored)."""
    if isinstance(value, date):
        return value, Precision.DAY
    text = str(value).strip()
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        return date.fromisoformat(text), Precision.DAY
    if re.fullmatch(r"\d{4}-\d{2}", text):
        year, month = text.split("-")
        return date(int(year), int(month), 1), Precision.MONTH
    if re.fullmatch(r"\d{4}", text):
        return date(int(text), 1, 1), Precision.YEAR
    raise ValueError(f"not a date at day, month or year precision: {value!r}")


def _upsert(report: LoadReport, label: str, model, lookup: dict, values: dict):
    """Insert or update one row by `lookup`, touching it only when a value differs."""
    obj = model.objects.filter(**lookup).first()
    if obj is None:
        obj = model.objects.create(**lookup, **values)
        report.add(label, "insert")
        return obj
    changed = [name for name, value in values.items() if getattr(obj, name) != value]
    if changed:
        for name in changed:
            setattr(obj, name, values[name])
        obj.save()
        report.add(label, "update")
    else:
        report.add(label, "noop")
    return obj


def _ensure_alias(report: LoadReport, label: str, model, **lookup) -> None:
    _, created = model.objects.get_or_create(**lookup)
    report.add(label, "insert" if created else "noop")


def _cldr_names(code: str) -> dict[str, str]:
    names = {}
    for lang in settings.NAME_LANGUAGES:
        name = babel.Locale.parse(lang).territories.get(code)
        if name:
            names[lang] = strip_tashkeel(name)
    return names


def countries_load(report: LoadReport) -> None:
    """Every current ISO 3166-1 state (pycountry) with CLDR names, plus the extras file."""
    data = yaml.safe_load(COUNTRIES_FILE.read_text(encoding="utf-8"))
    rows: list[dict] = []
    for c in pycountry.countries:
        rows.append(
            {
                "iso2": c.alpha_2,
                "iso3": c.alpha_3,
                "numeric": c.numeric,
                "status": Country.Status.CURRENT,
                "names": {},
            }
        )
    for extra in data["extra"]:
        rows.append({"numeric": "", "names": {}, **extra})
    for row in rows:
        own = {lang: strip_tashkeel(name) for lang, name in row["names"].items()}
        names = {**_cldr_names(row["iso2"]), **own}
        if "en" not in names:
            names["en"] = pycountry.countries.get(alpha_2=row["iso2"]).name
        values = {
            "iso3": row["iso3"],
            "numeric": str(row.get("numeric") or ""),
            "status": row["status"],
            "names": names,
            "name_en": names["en"],
            "valid_to": parse_dated(row["valid_to"])[0] if row.get("valid_to") else None,
        }
        _upsert(report, "country", Country, {"iso2": row["iso2"]}, values)
    by_iso2 = {c.iso2: c for c in Country.objects.all()}
    for iso2, per_lang in data["aliases"].items():
        for lang, texts in per_lang.items():
            for text in texts or []:
                text = strip_tashkeel(str(text)).strip()
                if text and text != by_iso2[iso2].names.get(lang):
                    _ensure_alias(
                        report,
                        "country alias",
                        CountryAlias,
                        country=by_iso2[iso2],
                        lang=lang,
                        text=text,
                    )


def _dated_fields(entry: dict, key: str, precision_field: str) -> dict:
    if not entry.get(key):
        return {key: None}
    value, precision = parse_dated(entry[key])
    return {key: value, precision_field: precision}


def catalogue_load(report: LoadReport) -> None:
    """The agreements catalogue with its participation events and their citations."""
    entries = yaml.safe_load(CATALOGUE_FILE.read_text(encoding="utf-8"))
    countries = {c.iso2: c for c in Country.objects.all()}
    for entry in entries:
        with transaction.atomic():
            _agreement_load(report, entry, countries)


def _agreement_load(report: LoadReport, entry: dict, countries: dict[str, Country]) -> None:
    if entry["kind"] not in AgreementKind.values:
        report.problems.append(f"{entry['slug']}: unknown kind {entry['kind']!r}")
        return
    if entry.get("counterpart") and entry["counterpart"] not in countries:
        report.problems.append(f"{entry['slug']}: unknown counterpart {entry['counterpart']!r}")
        return
    names = {lang: strip_tashkeel(name) for lang, name in entry["names"].items()}
    values = {
        "kind": entry["kind"],
        "names": names,
        "name_en": names["en"],
        "descriptions": entry.get("description") or {},
        "depositary": entry.get("depositary") or "",
        "counterpart": countries.get(entry.get("counterpart") or ""),
        "wikidata_qid": entry.get("wikidata") or "",
        "unts_number": str(entry.get("unts") or ""),
        "official_url": entry.get("url") or "",
        **_dated_fields(entry, "adopted", "adopted_precision"),
        **_dated_fields(entry, "opened_for_signature", "opened_precision"),
        **_dated_fields(entry, "entry_into_force", "entry_into_force_precision"),
    }
    agreement = _upsert(report, "agreement", Agreement, {"slug": entry["slug"]}, values)
    for lang, texts in (entry.get("aliases") or {}).items():
        for text in texts or []:
            text = strip_tashkeel(str(text)).strip()
            if text and text != names.get(lang):
                _ensure_alias(
                    report,
                    "agreement alias",
                    AgreementAlias,
                    agreement=agreement,
                    lang=lang,
                    text=text,
                )
    for item in entry.get("events") or []:
        country = countries.get(item["country"])
        if country is None or item["kind"] not in EventKind.values:
            report.problems.append(
                f"{entry['slug']}: skipped event {item!r}: unknown country or kind"
            )
            continue
        source = item.get("source") or {}
        if not (source.get("title") or source.get("url")):
            # every shipped fact carries a citation; one without is not loaded
            report.problems.append(f"{entry['slug']}: skipped event {item!r}: no source")
            continue
        day, precision = parse_dated(item["date"])
        event, created = ParticipationEvent.objects.get_or_create(
            agreement=agreement,
            country=country,
            kind=item["kind"],
            date=day,
            precision=precision,
            merged_into=None,
        )
        report.add("event", "insert" if created else "noop")
        _ensure_alias(
            report,
            "evidence",
            Evidence,
            event=event,
            article=None,
            title=source.get("title", ""),
            url=source.get("url", ""),
        )
