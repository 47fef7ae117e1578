"""Wikidata SPARQL results (JSON) → `Parsed`. Pure: reads a saved file, never the network.

Users with network access save the results of this query, run at https://query.wikidata.org/
(``Accept: application/sparql-results+json``), then import the file with
``python manage.py import_dataset wikidata results.json``::

    SELECT ?treaty ?treatyLabel ?state ?stateLabel ?iso2 ?property ?statement
           ?date ?datePrecision ?end ?endPrecision WHERE {
      VALUES ?treaty { wd:Q7825 wd:Q21707860 }   # the agreements to pull
      {
        ?treaty p:P1891 ?statement . ?statement ps:P1891 ?state .         # signatory
        OPTIONAL { ?statement pqv:P585 [ wikibase:timeValue ?date ;
                                         wikibase:timePrecision ?datePrecision ] }
        BIND("P1891" AS ?property)
      } UNION {
        ?treaty p:P6193 ?statement . ?statement ps:P6193 ?state .         # ratified by
        OPTIONAL { ?statement pqv:P585 [ wikibase:timeValue ?date ;
                                         wikibase:timePrecision ?datePrecision ] }
        BIND("P6193" AS ?property)
      } UNION {
        ?state p:P463 ?statement . ?statement ps:P463 ?treaty .           # member of
        OPTIONAL { ?statement pqv:P580 [ wikibase:timeValue ?date ;
                                         wikibase:timePrecision ?datePrecision ] }
        OPTIONAL { ?statement pqv:P582 [ wikibase:timeValue ?end ;
                                         wikibase:timePrecision ?endPrecision ] }
        BIND("P463" AS ?property)
      }
      OPTIONAL { ?state wdt:P297 ?iso2 }                                  # ISO 3166-1 alpha-2
      SERVICE wikibase:label { bd:serviceParam wikibase:language "en". }
    }

The precision comes with each time value (11 day, 10 month, 9 year), so a year is never read
as 1 January. States are matched by their ISO code (P297); states without one (historical
states, the EU) by the small table below. Agreements are matched to Concord's by their
Wikidata item (`Agreement.wikidata_qid`); an item Concord does not have becomes a new
agreement named by its label.
"""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from pathlib import Path

from django.utils.text import slugify

from agreements.datasets.records import (
    SKIP_NO_AGREEMENT,
    SKIP_NO_FACT,
    SKIP_UNKNOWN_STATE,
    AgreementRecord,
    FactRecord,
    Parsed,
    Skip,
)
from agreements.models import period_start
from agreements.vocab import AgreementKind, EventKind, Precision

SLUG = "wikidata"
DATASET = {
    "name": "Wikidata",
    "version": "",
    "licence": "CC0 1.0",
    "attribution": "Data from Wikidata (CC0), https://www.wikidata.org/.",
    "url": "https://www.wikidata.org/",
}
ENTITY = "http://www.wikidata.org/entity/"
CELL_COARSE = "date coarser than a year"

# Parties without an ISO 3166-1 alpha-2 on Wikidata, by item: only actors Concord has.
PARTIES_WITHOUT_ISO = {
    "Q15180": "SU",  # Soviet Union
    "Q83286": "YU",  # Socialist Federal Republic of Yugoslavia
    "Q33946": "CS",  # Czechoslovakia
    "Q16957": "DD",  # German Democratic Republic
    "Q199841": "YD",  # People's Democratic Republic of Yemen
    "Q37024": "CSXX",  # Serbia and Montenegro
    "Q458": "EU",  # European Union
}
PROPERTY_KINDS = {"P1891": EventKind.SIGNED, "P6193": EventKind.RATIFIED, "P463": EventKind.JOINED}
PRECISIONS = {"11": Precision.DAY, "10": Precision.MONTH, "9": Precision.YEAR}


def _qid(binding: dict | None) -> str:
    value = (binding or {}).get("value", "")
    return value.removeprefix(ENTITY) if value.startswith(ENTITY) else ""


def _time(row: dict, name: str) -> tuple[date, str] | str | None:
    """(first day of the period, precision), None when unbound, or a reason it is unusable."""
    if name not in row:
        return None
    precision = PRECISIONS.get(row.get(f"{name}Precision", {}).get("value", "11"))
    if precision is None:
        return CELL_COARSE
    text = row[name]["value"].lstrip("+")
    try:
        day = date.fromisoformat(text[:10])
    except ValueError:
        return "malformed date"
    return period_start(day, precision), precision


def results_parse(path: Path) -> Parsed:
    """A saved SPARQL JSON result of the query above → agreements and facts."""
    path = Path(path)
    data = json.loads(path.read_text(encoding="utf-8"))
    saved = datetime.fromtimestamp(path.stat().st_mtime, tz=UTC).date()
    parsed = Parsed(version=f"query results saved {saved.isoformat()}")
    bindings = data["results"]["bindings"]
    parsed.rows_read = len(bindings)
    for number, row in enumerate(bindings, start=1):
        statement = row.get("statement", {}).get("value", "")
        ref = statement.rsplit("/", 1)[-1] if statement else f"{path.name}#{number}"
        treaty = _qid(row.get("treaty"))
        prop = row.get("property", {}).get("value", "")
        if not treaty or prop not in PROPERTY_KINDS:
            parsed.skipped_rows.append(Skip(ref, SKIP_NO_AGREEMENT))
            continue
        state = _qid(row.get("state"))
        iso2 = row.get("iso2", {}).get("value", "").upper() or PARTIES_WITHOUT_ISO.get(state)
        if not iso2:
            parsed.skipped_rows.append(Skip(ref, SKIP_UNKNOWN_STATE, state))
            continue
        if treaty not in parsed.agreements:
            label = row.get("treatyLabel", {}).get("value", "") or treaty
            parsed.agreements[treaty] = AgreementRecord(
                key=treaty,
                slug=f"wikidata-{slugify(treaty)}",
                title=label,
                kind=AgreementKind.TREATY,
                external_ids={"wikidata": treaty},
                wikidata_qid=treaty,
            )
        subject = state if prop == "P463" else treaty
        url = f"https://www.wikidata.org/wiki/{subject}#{prop}"
        facts = 0
        for name, kind in [("date", PROPERTY_KINDS[prop]), ("end", EventKind.WITHDREW)]:
            if name == "end" and prop != "P463":
                continue
            value = _time(row, name)
            if value is None:
                continue
            if isinstance(value, str):
                parsed.ignored_cells.append(Skip(ref, value, f"{name}={row[name]['value']}"))
                continue
            day, precision = value
            stated = row[name]["value"]
            parsed.facts.append(
                FactRecord(
                    agreement_key=treaty,
                    iso2=iso2,
                    kind=kind,
                    date=day,
                    precision=precision,
                    row=f"{ref}/{name}" if name == "end" else ref,
                    column=f"{prop} {'end time' if name == 'end' else 'time'}",
                    value=stated,
                    quote=f"{subject} {prop} {treaty if prop == 'P463' else state}: {stated}",
                    url=url,
                )
            )
            facts += 1
        if not facts:
            parsed.skipped_rows.append(Skip(ref, SKIP_NO_FACT, f"{state} {prop} {treaty}"))
    return parsed
