"""World maps drawn on the server as inline SVG.

The shapes in data/world-110m.json are Natural Earth's 1:110m admin-0 countries (public domain,
https://www.naturalearthdata.com), projected once with the Natural Earth I projection and
keyed by ISO alpha-2; data/world_110m_build.py says how the file was made. States too small
for that scale are drawn as a dot when they have a status to show.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString

DATA_FILE = Path(__file__).resolve().parent / "data" / "world-110m.json"


@cache
def world() -> dict:
    return json.loads(DATA_FILE.read_text(encoding="utf-8"))


def world_map_svg(
    *,
    statuses: dict[str, str],
    names: dict[str, str],
    label: str,
    css_class: str = "world-map",
) -> SafeString:
    """The world with each state in `statuses` (ISO alpha-2 → status) coloured by class.

    `names` gives the tooltip of each coloured state ("Kazakhstan: Party"). The picture is one
    image for assistive technology, labelled by `label`; the facts it shows are also in the
    page as text.
    """
    data = world()
    shapes = data["shapes"]
    plain = format_html_join(
        "",
        '<path d="{}"/>',
        ((d,) for iso2, d in shapes.items() if iso2 not in statuses),
    )
    unassigned = format_html_join("", '<path d="{}"/>', ((d,) for d in data["unassigned"]))
    coloured = format_html_join(
        "",
        '<path d="{}" class="s-{}"><title>{}</title></path>',
        (
            (shapes[iso2], status, names.get(iso2, iso2))
            for iso2, status in sorted(statuses.items())
            if iso2 in shapes
        ),
    )
    dots = format_html_join(
        "",
        '<circle cx="{}" cy="{}" r="4" class="s-{}"><title>{}</title></circle>',
        (
            (*data["points"][iso2], status, names.get(iso2, iso2))
            for iso2, status in sorted(statuses.items())
            if iso2 not in shapes and iso2 in data["points"]
        ),
    )
    return format_html(
        '<svg class="{}" viewBox="0 0 {} {}" role="img" aria-label="{}" '
        'xmlns="http://www.w3.org/2000/svg">'
        '<g class="land">{}{}</g><g class="status">{}{}</g></svg>',
        css_class,
        f"{data['width']:g}",
        f"{data['height']:g}",
        label,
        plain,
        unassigned,
        coloured,
        dots,
    )
