"""Structured sources: membership datasets and query results imported as cited facts.

Each source has a reader (file → `Parsed`, no database) and shares one loader (load.py).
`dataset_import` is the one entry point for the command, the task and the tests.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from agreements.datasets import manytreaties, wikidata
from agreements.datasets.load import ImportReport, dataset_upsert, parsed_load

SOURCES = {
    manytreaties.SLUG: (manytreaties.DATASET, manytreaties.dataset_parse),
    wikidata.SLUG: (wikidata.DATASET, wikidata.results_parse),
}


def dataset_import(
    *, source: str, path: str | Path, progress: Callable[[int, int], None] | None = None
) -> ImportReport:
    """Import `path` as `source` ("manytreaties" or "wikidata"); a second run changes nothing.

    Raises KeyError for an unknown source and OSError for an unreadable path.
    """
    metadata, parse = SOURCES[source]
    parsed = parse(Path(path))
    report = ImportReport()
    metadata = {**metadata, "source_path": str(Path(path).resolve())}
    if parsed.version:
        metadata["version"] = parsed.version
    dataset = dataset_upsert(slug=source, report=report, **metadata)
    return parsed_load(parsed=parsed, dataset=dataset, report=report, progress=progress)
