"""A strict check that a page's HTML is well formed: every element closed, in order, once."""

from __future__ import annotations

from collections import Counter
from html.parser import HTMLParser

VOID = {
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
    "track", "wbr",
}  # fmt: skip


class _StrictParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, tuple[int, int]]] = []
        self.problems: list[str] = []
        self.ids: Counter = Counter()

    def handle_starttag(self, tag: str, attrs) -> None:
        self._count_id(attrs)
        if tag not in VOID:
            self.stack.append((tag, self.getpos()))

    def handle_startendtag(self, tag: str, attrs) -> None:
        self._count_id(attrs)  # <path .../> in SVG, <br/>: opens and closes at once

    def handle_endtag(self, tag: str) -> None:
        if tag in VOID:
            self.problems.append(f"closing void element </{tag}> at {self.getpos()}")
            return
        if not self.stack:
            self.problems.append(f"</{tag}> closes nothing at {self.getpos()}")
            return
        opened, where = self.stack.pop()
        if opened != tag:
            self.problems.append(f"<{opened}> opened at {where} closed by </{tag}>")

    def _count_id(self, attrs) -> None:
        for name, value in attrs:
            if name == "id":
                self.ids[value] += 1


def html_problems(html: str) -> list[str]:
    """Unclosed, mismatched or stray tags and duplicate ids; an empty list when all is well."""
    parser = _StrictParser()
    parser.feed(html)
    parser.close()
    problems = list(parser.problems)
    problems += [f"<{tag}> opened at {where} never closed" for tag, where in parser.stack]
    problems += [f'id="{value}" used {n} times' for value, n in parser.ids.items() if n > 1]
    if not html.lstrip().lower().startswith("<!doctype html>"):
        problems.append("no <!doctype html>")
    return problems
