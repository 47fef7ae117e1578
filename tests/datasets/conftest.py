import csv
import io
from pathlib import Path

import pytest

from agreements.datasets.manytreaties import DEFAULT_DIR, FILES


def _header(name: str) -> list[str]:
    with (DEFAULT_DIR / name).open(encoding="utf-8") as real:
        return [column for column in real.readline().strip().split(",") if column]


ENV_HEADER = _header(FILES[0])  # the real files' own columns, in their order
TRADE_HEADER = _header(FILES[1])


def _csv(header: list[str], rows: list[dict], trailing: int = 0) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(header + [""] * trailing)
    for row in rows:
        writer.writerow([row.get(name, "NA") for name in header] + [""] * trailing)
    return out.getvalue()


@pytest.fixture
def env_file(tmp_path):
    """Writes an environment-file snippet: rows give only the columns they need."""

    def write(*rows: dict) -> Path:
        path = tmp_path / "HUGGO_MEM_env_reconciled.csv"
        base = {"treatyID": "TESTAG_1990A", "manyID": "TESTAG_1990A", "Title": "Test Agreement"}
        rows = [{**base, "Begin": "01.01.1990", **row} for row in rows]
        path.write_text(_csv(ENV_HEADER, rows), encoding="utf-8")
        return path

    return write


@pytest.fixture
def trade_file(tmp_path):
    """Writes a trade-file snippet, with the real file's trailing empty columns."""

    def write(*rows: dict, encoding: str = "utf-8") -> Path:
        path = tmp_path / "HUGGO_MEM_trade_additional.csv"
        base = {"treatyID": "TESTFT_2000O", "manyID": "TESTFT_2000O", "Title": "Test FTA"}
        rows = [{**base, "Begin": "01.01.2000", "Succession": "0", **row} for row in rows]
        path.write_bytes(_csv(TRADE_HEADER, rows, trailing=9).encode(encoding))
        return path

    return write
