"""The number of parties over time, drawn on the server as an inline SVG step chart."""

from __future__ import annotations

from datetime import date

from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString

from agreements.standing import PartyCount

WIDTH, HEIGHT = 640, 260
LEFT, RIGHT, TOP, BOTTOM = 44, 16, 14, 30


def _nice_step(span: float, most: int) -> int:
    """The smallest of 1, 2, 5, 10, 20, 25, 50, 100... that gives at most `most` ticks."""
    for step in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000):
        if span / step <= most:
            return step
    return 1000


def parties_chart_svg(series: list[PartyCount], *, until: date, label: str) -> SafeString:
    """A step line of certain parties, and a dashed one of certain plus possible parties."""
    if not series:
        return SafeString("")
    start = date(series[0].on.year, 1, 1)
    first, last = start.toordinal(), max(until.toordinal(), series[-1].on.toordinal()) + 1
    top_value = max(max(p.possible for p in series), 1)
    y_step = _nice_step(top_value, 5)
    y_max = -(-top_value // y_step) * y_step
    plot_w, plot_h = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM

    def x(day: date) -> float:
        return round(LEFT + (day.toordinal() - first) / (last - first) * plot_w, 1)

    def y(value: int) -> float:
        return round(TOP + plot_h - value / y_max * plot_h, 1)

    def steps(values: list[tuple[date, int]]) -> str:
        parts = [f"M{x(start)},{y(0)}"]
        for day, value in values:
            parts.append(f"H{x(day)}V{y(value)}")
        parts.append(f"H{x(until)}")
        return "".join(parts)

    certain = steps([(p.on, p.certain) for p in series])
    possible = steps([(p.on, p.possible) for p in series])
    area = f"{certain}V{y(0)}Z"
    year_step = _nice_step(until.year - start.year + 1, 8)
    years = range(start.year + (-start.year % year_step), until.year + 1, year_step)
    x_ticks = format_html_join(
        "",
        '<line x1="{0}" x2="{0}" y1="{1}" y2="{2}"/><text x="{0}" y="{3}">{4}</text>',
        ((x(date(year, 1, 1)), TOP, TOP + plot_h, HEIGHT - 10, year) for year in years),
    )
    y_ticks = format_html_join(
        "",
        '<line x1="{0}" x2="{1}" y1="{2}" y2="{2}"/><text x="{3}" y="{4}">{5}</text>',
        ((LEFT, WIDTH - RIGHT, y(v), LEFT - 6, y(v) + 4, v) for v in range(0, y_max + 1, y_step)),
    )
    dashed = ""
    if any(p.possible != p.certain for p in series):
        dashed = format_html('<path class="possible" d="{}"/>', possible)
    return format_html(
        '<svg class="chart" viewBox="0 0 {} {}" role="img" aria-label="{}" '
        'xmlns="http://www.w3.org/2000/svg">'
        '<g class="grid x">{}</g><g class="grid y">{}</g>'
        '<path class="area" d="{}"/><path class="certain" d="{}"/>{}</svg>',
        WIDTH,
        HEIGHT,
        label,
        x_ticks,
        y_ticks,
        area,
        certain,
        dashed,
    )
