"""How dates and names read on the pages and in the feeds, per interface language."""

from __future__ import annotations

from datetime import date

from babel.dates import format_date
from django.utils.translation import get_language

from agreements.vocab import Precision

# CLDR patterns: "6 Nov 2025", "Nov 2025", "2025" in English; the same order in Arabic, with
# Arabic month names. A month or a year is never shown with a day.
_PATTERNS = {Precision.DAY: "d MMM y", Precision.MONTH: "MMM y", Precision.YEAR: "y"}
_LONG_PATTERNS = {Precision.DAY: "d MMMM y", Precision.MONTH: "MMMM y", Precision.YEAR: "y"}


def interface_language() -> str:
    return (get_language() or "en").split("-")[0]


def date_text(value: date, precision: str = Precision.DAY, *, long: bool = False) -> str:
    """A date at its precision, in the interface language."""
    patterns = _LONG_PATTERNS if long else _PATTERNS
    return format_date(value, patterns.get(precision, "d MMM y"), locale=interface_language())


def date_machine(value: date, precision: str = Precision.DAY) -> str:
    """The same date for a <time datetime> attribute: 2025-11-06, 2025-11 or 2025."""
    if precision == Precision.YEAR:
        return f"{value:%Y}"
    if precision == Precision.MONTH:
        return f"{value:%Y-%m}"
    return value.isoformat()
