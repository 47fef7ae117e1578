"""CSV output for every resource: `?format=csv` or `Accept: text/csv`."""

from __future__ import annotations

import csv
import io
import json
from typing import Any

from rest_framework import serializers
from rest_framework.renderers import BaseRenderer


def _flatten(row: dict, prefix: str = "") -> dict[str, Any]:
    """Nested objects become dotted columns (`country.iso2`); lists of objects stay JSON."""
    flat: dict[str, Any] = {}
    for key, value in row.items():
        name = f"{prefix}{key}"
        if isinstance(value, dict):
            flat.update(_flatten(value, f"{name}."))
        elif isinstance(value, list):
            if all(not isinstance(item, dict | list) for item in value):
                flat[name] = "; ".join("" if item is None else str(item) for item in value)
            else:
                flat[name] = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
        elif isinstance(value, bool):
            flat[name] = "true" if value else "false"
        else:
            flat[name] = "" if value is None else value
    return flat


def _columns(serializer: serializers.Serializer, prefix: str = "") -> list[str]:
    """The columns rows of this serializer flatten to, for a table with no row."""
    columns = []
    for name, field in serializer.fields.items():
        if isinstance(field, serializers.Serializer):
            columns += _columns(field, f"{prefix}{name}.")
        else:
            columns.append(f"{prefix}{name}")
    return columns


class CSVRenderer(BaseRenderer):
    """One row per result (of the current page, for paginated lists), one for a single object."""

    media_type = "text/csv"
    format = "csv"
    charset = "utf-8"

    def render(self, data, accepted_media_type=None, renderer_context=None) -> bytes:
        if data is None:
            return b""
        rows = data["results"] if isinstance(data, dict) and "results" in data else data
        if isinstance(rows, dict):
            rows = [rows]
        flat = [_flatten(row) for row in rows]
        header = list(dict.fromkeys(key for row in flat for key in row))
        view = (renderer_context or {}).get("view")
        if not header and view is not None:
            # An empty table still has its header (and an empty body would lose its type).
            row_serializer = (
                getattr(view, "row_serializer_class", None) or view.get_serializer_class()
            )
            header = _columns(row_serializer())
        buffer = io.StringIO()
        writer = csv.DictWriter(buffer, fieldnames=header, lineterminator="\r\n")
        writer.writeheader()
        writer.writerows(flat)
        return buffer.getvalue().encode(self.charset)
