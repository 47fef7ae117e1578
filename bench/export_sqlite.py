"""Export what a country timeline shows from PostgreSQL to SQLite, for Datasette.

    .venv/bin/python bench/export_sqlite.py [OUT.db]     (DATABASE_URL names the source)

Writes the tables a timeline reads (countries, agreements, events, stances, sources, article
headers) with the same indexes as PostgreSQL, and `bench/datasette.yaml` declares the
canned query `timeline`: a country's first 200 entries, oldest first, each with its
agreement and its sources as JSON, which is what /api/v1/countries/<iso2>/timeline/ answers.
"""

from __future__ import annotations

import os
import sqlite3
import sys
import time
from pathlib import Path

import psycopg

HERE = Path(__file__).resolve().parent

TABLES = {
    "country": ("agreements_country", ["id", "iso2", "name_en", "names::text"]),
    "agreement": ("agreements_agreement", ["id", "slug", "kind", "name_en", "names::text"]),
    "event": (
        "agreements_participationevent",
        [
            "id",
            "agreement_id",
            "country_id",
            "kind",
            "date::text",
            "precision",
            "derivation",
            "note",
            "merged_into_id",
        ],
    ),
    "stance": (
        "agreements_stance",
        ["id", "agreement_id", "country_id", "kind", "date::text", "precision", "summary"],
    ),
    "evidence": (
        "agreements_evidence",
        ["id", "event_id", "stance_id", "article_id", "title", "url", "quote", "quote_lang"],
    ),
    "article": (
        "agreements_sourcearticle",
        ["id", "url", "title", "outlet", "language", "published_on::text"],
    ),
}
INDEXES = [
    "CREATE UNIQUE INDEX country_iso2 ON country (iso2)",
    "CREATE INDEX event_country_date ON event (country_id, date)",
    "CREATE INDEX stance_country_date ON stance (country_id, date)",
    "CREATE INDEX evidence_event ON evidence (event_id)",
    "CREATE INDEX evidence_stance ON evidence (stance_id)",
]


def export(out: Path) -> None:
    if out.exists():
        out.unlink()
    url = os.environ.get("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/concord_bench")
    target = sqlite3.connect(out)
    target.execute("PRAGMA journal_mode = OFF")
    target.execute("PRAGMA synchronous = OFF")
    with psycopg.connect(url) as source:
        for name, (table, columns) in TABLES.items():
            started = time.monotonic()
            plain = [c.split("::")[0] for c in columns]
            target.execute(f"CREATE TABLE {name} ({', '.join(plain)}, PRIMARY KEY (id))")
            placeholders = ", ".join("?" * len(columns))
            count = 0
            with source.cursor(name=f"export_{name}") as cursor:
                cursor.itersize = 20_000
                cursor.execute(f"SELECT {', '.join(columns)} FROM {table} ORDER BY id")
                while rows := cursor.fetchmany(20_000):
                    target.executemany(f"INSERT INTO {name} VALUES ({placeholders})", rows)
                    count += len(rows)
            target.commit()
            print(f"{name:<10} {count:>10} rows {time.monotonic() - started:6.1f} s")
    for statement in INDEXES:
        target.execute(statement)
    target.execute("ANALYZE")
    target.commit()
    target.close()
    print(f"{out} {out.stat().st_size / 2**20:.0f} MiB")


if __name__ == "__main__":
    export(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "results" / "concord.db")
