"""An article's text cut into paragraphs, with the sentences that claims were read from marked."""

from __future__ import annotations

import re
from dataclasses import dataclass

from agreements.models import Announcement

_PARAGRAPH = re.compile(r"[^\n]*\S[^\n]*(?:\n[^\n]*\S[^\n]*)*")  # non-blank lines


@dataclass
class Piece:
    text: str
    claim: Announcement | None = None  # the claim whose quote this piece is


def claim_spans(text: str, claims: list[Announcement]) -> list[tuple[int, int, Announcement]]:
    """Where each claim's quote sits in the text; quotes not found, or overlapping an earlier
    one, are left out (the claim is still listed under the text)."""
    spans: list[tuple[int, int, Announcement]] = []
    for claim in claims:
        quote = claim.quote.strip()
        start = text.find(quote) if quote else -1
        if start < 0:
            continue
        end = start + len(quote)
        if any(start < other_end and other_start < end for other_start, other_end, _ in spans):
            continue
        spans.append((start, end, claim))
    return sorted(spans, key=lambda span: span[0])


def highlighted_paragraphs(text: str, claims: list[Announcement]) -> list[list[Piece]]:
    """The text as paragraphs of pieces, each piece plain or the quote of one claim.

    Pieces are plain strings for the template to escape: nothing here is marked safe.
    """
    spans = claim_spans(text, claims)
    paragraphs = []
    for match in _PARAGRAPH.finditer(text):
        start, end = match.span()
        pieces: list[Piece] = []
        cursor = start
        for span_start, span_end, claim in spans:
            if span_end <= start or span_start >= end:
                continue
            inner_start, inner_end = max(span_start, start), min(span_end, end)
            if inner_start > cursor:
                pieces.append(Piece(text[cursor:inner_start]))
            pieces.append(Piece(text[inner_start:inner_end], claim))
            cursor = inner_end
        if cursor < end:
            pieces.append(Piece(text[cursor:end]))
        paragraphs.append(pieces)
    return paragraphs


def found_claim_ids(text: str, claims: list[Announcement]) -> set[int]:
    return {claim.pk for _, _, claim in claim_spans(text, claims)}
