"""Build world-110m.json (projected SVG paths per ISO alpha-2) from the world-atlas package.

The shapes are Natural Earth's 1:110m and 1:50m admin-0 countries, which are in the public
domain (https://www.naturalearthdata.com/about/terms-of-use/), as packaged in TopoJSON by the
npm package world-atlas@2. Run once, by hand, when the shapes should change:

    cd /tmp && npm pack world-atlas@2 && tar xzf world-atlas-2.*.tgz
    python agreements/data/world_110m_build.py /tmp/package

The projection is Natural Earth I; Antarctica is left out, and states too small for the 1:110m
set get a point (the centre of their largest 1:50m polygon) so that they can still be coloured.
"""

from __future__ import annotations

import json
import math
import sys
from pathlib import Path

import pycountry

WIDTH = 1000.0
TOLERANCE = 0.35  # map units; below this a vertex is dropped
OUT = Path(__file__).resolve().parent / "world-110m.json"
NO_ISO_CODE = {"Kosovo": "XK"}


def natural_earth(lon: float, lat: float) -> tuple[float, float]:
    lam, phi = math.radians(lon), math.radians(lat)
    p2 = phi * phi
    p4 = p2 * p2
    x = lam * (0.8707 - 0.131979 * p2 + p4 * (-0.013791 + p4 * (0.003971 * p2 - 0.001529 * p4)))
    y = phi * (1.007226 + p2 * (0.015085 + p4 * (-0.044475 + 0.028874 * p2 - 0.005916 * p4)))
    return x, -y


def decode_arcs(topology: dict) -> list[list[tuple[float, float]]]:
    (sx, sy), (tx, ty) = topology["transform"]["scale"], topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x += dx
            y += dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)
    return arcs


def ring(arcs, indexes: list[int]) -> list[tuple[float, float]]:
    points: list[tuple[float, float]] = []
    for index in indexes:
        arc = arcs[index] if index >= 0 else list(reversed(arcs[~index]))
        points.extend(arc[1:] if points else arc)
    return points


def _clip(points, keep, cross) -> list[tuple[float, float]]:
    """Sutherland-Hodgman against one meridian: keep(point) is the inside test and cross(a, b)
    the point where the edge a-b meets the meridian."""
    out = []
    for i, current in enumerate(points):
        previous = points[i - 1]
        if keep(current):
            if not keep(previous):
                out.append(cross(previous, current))
            out.append(current)
        elif keep(previous):
            out.append(cross(previous, current))
    return out


def split_at_antimeridian(points) -> list[list[tuple[float, float]]]:
    """A ring that crosses 180° (Fiji, Chukotka) as one ring on each side of it."""
    unwrapped = [points[0]]
    for lon, lat in points[1:]:
        previous = unwrapped[-1][0]
        while lon - previous > 180:
            lon -= 360
        while lon - previous < -180:
            lon += 360
        unwrapped.append((lon, lat))
    low, high = min(p[0] for p in unwrapped), max(p[0] for p in unwrapped)
    if low >= -180 and high <= 180:
        return [points]
    edge = 180.0 if high > 180 else -180.0

    def cross(a, b):
        t = (edge - a[0]) / (b[0] - a[0])
        return (edge, a[1] + t * (b[1] - a[1]))

    inside = _clip(unwrapped, lambda p: abs(p[0]) <= 180, cross)
    outside = _clip(unwrapped, lambda p: abs(p[0]) >= 180, cross)
    shift = -360.0 if edge > 0 else 360.0
    parts = [inside, [(lon + shift, lat) for lon, lat in outside]]
    return [[*r, r[0]] if r[0] != r[-1] else r for r in parts if len(r) >= 3]


def polygons(geometry: dict, arcs) -> list[list[list[tuple[float, float]]]]:
    if geometry["type"] == "Polygon":
        return [[ring(arcs, r) for r in geometry["arcs"]]]
    if geometry["type"] == "MultiPolygon":
        return [[ring(arcs, r) for r in polygon] for polygon in geometry["arcs"]]
    return []


def simplify(points: list[tuple[float, float]], tolerance: float) -> list[tuple[float, float]]:
    """Douglas-Peucker, iterative."""
    if len(points) < 4:
        return points
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        (ax, ay), (bx, by) = points[first], points[last]
        length = math.hypot(bx - ax, by - ay)
        worst, worst_index = 0.0, None
        for i in range(first + 1, last):
            px, py = points[i]
            if length == 0:
                d = math.hypot(px - ax, py - ay)
            else:
                d = abs((bx - ax) * (ay - py) - (ax - px) * (by - ay)) / length
            if d > worst:
                worst, worst_index = d, i
        if worst_index is not None and worst > tolerance:
            keep[worst_index] = True
            stack += [(first, worst_index), (worst_index, last)]
    return [p for p, k in zip(points, keep, strict=True) if k]


def area(points) -> float:
    return 0.5 * sum(
        x0 * y1 - x1 * y0
        for (x0, y0), (x1, y1) in zip(points, points[1:] + points[:1], strict=True)
    )


def iso2_of(feature: dict) -> str | None:
    if feature.get("id"):
        found = pycountry.countries.get(numeric=feature["id"])
        return found.alpha_2 if found else None
    return NO_ISO_CODE.get(feature["properties"]["name"])


def projected(topology: dict):
    """(iso2 or None, name, [[projected ring, ...] per polygon]) for every country feature."""
    arcs = decode_arcs(topology)
    for feature in topology["objects"]["countries"]["geometries"]:
        iso2 = iso2_of(feature)
        if iso2 == "AQ":
            continue
        shapes = [
            [
                [natural_earth(lon, lat) for lon, lat in part]
                for r in polygon
                for part in split_at_antimeridian(r)
            ]
            for polygon in polygons(feature, arcs)
        ]
        yield iso2, feature["properties"]["name"], shapes


def main(package: Path) -> None:
    small = json.loads((package / "countries-110m.json").read_text())
    detailed = json.loads((package / "countries-50m.json").read_text())
    features = list(projected(small))
    xs = [x for _, _, shapes in features for p in shapes for r in p for x, _ in r]
    ys = [y for _, _, shapes in features for p in shapes for r in p for _, y in r]
    scale = WIDTH / (max(xs) - min(xs))
    x0, y0 = min(xs), min(ys)
    height = round((max(ys) - y0) * scale, 1)

    def to_map(point):
        return (round((point[0] - x0) * scale, 1), round((point[1] - y0) * scale, 1))

    def path(shapes) -> str:
        parts = []
        for polygon in shapes:
            for r in polygon:
                pts = simplify([to_map(p) for p in r], TOLERANCE)
                if len(pts) < 4 and abs(area(pts)) < 1:
                    continue
                parts.append("M" + "L".join(f"{x:g},{y:g}" for x, y in pts[:-1]) + "Z")
        return "".join(parts)

    shapes_by_iso: dict[str, str] = {}
    unassigned: list[str] = []
    for iso2, _name, shapes in features:
        d = path(shapes)
        if iso2:
            shapes_by_iso[iso2] = d
        else:
            unassigned.append(d)
    points: dict[str, list[float]] = {}
    for iso2, _name, shapes in projected(detailed):
        if not iso2 or iso2 in shapes_by_iso or not shapes:
            continue
        largest = max((polygon[0] for polygon in shapes), key=lambda r: abs(area(r)))
        cx = sum(x for x, _ in largest) / len(largest)
        cy = sum(y for _, y in largest) / len(largest)
        points[iso2] = list(to_map((cx, cy)))
    data = {
        "source": "Natural Earth 1:110m and 1:50m admin-0 countries (public domain), "
        "from the npm package world-atlas@2; Natural Earth I projection",
        "width": WIDTH,
        "height": height,
        "shapes": dict(sorted(shapes_by_iso.items())),
        "unassigned": unassigned,
        "points": dict(sorted(points.items())),
    }
    OUT.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n")
    print(f"{len(shapes_by_iso)} shapes, {len(points)} points, {OUT.stat().st_size} bytes")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
