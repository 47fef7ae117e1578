"""Template helpers for the reader pages: names and dates in the interface language."""

from __future__ import annotations

from datetime import date

from django import template
from django.utils.html import format_html
from django.utils.safestring import SafeString

from agreements.display import date_machine, date_text, interface_language
from agreements.vocab import Precision

register = template.Library()


@register.filter
def local_name(obj) -> str:
    """A country's or an agreement's name in the interface language (CLDR names)."""
    return obj.name(interface_language())


@register.filter
def local_description(agreement) -> str:
    return agreement.description(interface_language())


@register.simple_tag
def when(item) -> SafeString:
    """A dated fact's date at its precision: <time datetime="2025-11">Nov 2025</time>."""
    return when_at(item.date, item.precision)


@register.simple_tag
def when_at(value: date | None, precision: str = Precision.DAY, long: bool = False):
    if value is None:
        return ""
    return format_html(
        '<time datetime="{}">{}</time>',
        date_machine(value, precision),
        date_text(value, precision, long=long),
    )


@register.filter
def year_label(year: int) -> str:
    return date_text(date(year, 1, 1), Precision.YEAR)
