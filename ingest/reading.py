"""Reading inputs for the command line: files (text or HTML, any encoding) and JSONL lines."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from ingest.fetch import FetchError, decode


@dataclass(frozen=True)
class InputDocument:
    source: str  # the file name, or the JSONL line's id
    text: str
    published: date | None = None
    lang: str = ""
    url: str = ""


def read_file(path: Path) -> str:
    """A local file as text, in whatever encoding it was saved in."""
    body = path.read_bytes()
    if b"\x00" in body[:8192]:
        raise FetchError(f"{path.name} is binary, not text or HTML")
    content_type = "text/html" if path.suffix.lower() in {".html", ".htm"} else ""
    return decode(body, content_type)[0]


def read_jsonl(path: Path) -> Iterator[InputDocument]:
    """Lines of {"id", "text", "published", "lang", "url"}; only "text" is required."""
    with path.open(encoding="utf-8") as lines:
        for number, line in enumerate(lines, 1):
            if not line.strip():
                continue
            try:
                item = json.loads(line)
                text = item["text"]
                published = date.fromisoformat(item["published"]) if item.get("published") else None
            except (ValueError, KeyError, TypeError) as error:
                raise ValueError(f"{path.name} line {number}: {error}") from error
            yield InputDocument(
                source=str(item.get("id", f"{path.name}:{number}")),
                text=text,
                published=published,
                lang=item.get("lang") or "",
                url=item.get("url") or "",
            )


def progress(done: int, total: int, label: str = "") -> str:
    """A one-line progress bar for stderr."""
    width = 30
    filled = int(width * done / total) if total else width
    return f"\r[{'#' * filled}{'.' * (width - filled)}] {done}/{total} {label[:40]:<40}"
