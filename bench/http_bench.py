"""HTTP load on Concord, its ceiling and Datasette, from wrk on loopback, in one run.

    .venv/bin/python bench/http_bench.py [--duration 15] [--connections 8] [--repeat 2]

DATABASE_URL names the PostgreSQL database filled by generate_synthetic (default
concord_bench); bench/results/concord.db is its SQLite export for Datasette (made when
missing). gunicorn serves Concord with production settings (DEBUG off, HTTPS behind a proxy,
persistent connections, Redis cache and throttling) and two sync workers; Datasette serves
the export, immutable, one process. wrk runs as a separate process with one thread and
`--connections` connections. Each URL is warmed up, then measured `--repeat` times; the
best run by requests per second is kept and every run is written to bench/results/.
Queries per request are counted in-process with Django's test client on the same data.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import shutil
import subprocess
import sys
import time
import urllib.request
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import quote

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
RESULTS = HERE / "results"
VENV = ROOT / ".venv" / "bin"
CONCORD = "http://127.0.0.1:8100"
DATASETTE = "http://127.0.0.1:8101"
ARABIC_QUERY = "اتفاقية مصايد الأسماك"

ENV = {
    **os.environ,
    "DJANGO_SETTINGS_MODULE": "bench.settings",
    "DATABASE_URL": os.environ.get(
        "DATABASE_URL", "postgres://postgres@127.0.0.1:5432/concord_bench"
    ),
    "REDIS_URL": os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/14"),
    "SECRET_KEY": "bench-only-not-a-secret",
    "DEBUG": "0",
    "HTTPS": "1",
    "TRUST_X_FORWARDED_PROTO": "1",
    "ALLOWED_HOSTS": "127.0.0.1,localhost",
    "CONN_MAX_AGE": "600",
    "LOG_LEVEL": "WARNING",
    # Throttling stays on (its Redis round trip is part of the cost) with a rate wrk cannot hit.
    "API_THROTTLE_ANON": "100000000/minute",
}


def machine() -> str:
    cpu = "?"
    for line in Path("/proc/cpuinfo").read_text().splitlines():
        if line.startswith("model name"):
            cpu = line.split(":", 1)[1].strip()
            break
    memory = int(Path("/proc/meminfo").read_text().split()[1]) // 2**20
    return f"{os.cpu_count()} cores, {cpu}, {memory} GiB, {platform.platform(terse=True)}"


def load() -> float:
    return os.getloadavg()[0]


def drained(url: str, timeout: float = 120) -> None:
    """Wait until the server has finished what an earlier run left queued: when wrk stops,
    gunicorn's sync workers still answer the requests they had accepted (seconds for a slow
    endpoint), which would otherwise be counted against the next endpoint measured."""
    deadline = time.monotonic() + timeout
    quick = 0
    while quick < 3 and time.monotonic() < deadline:
        asked = time.monotonic()
        request = urllib.request.Request(url, headers={"X-Forwarded-Proto": "https"})
        with urllib.request.urlopen(request, timeout=timeout) as response:
            response.read()
        quick = quick + 1 if time.monotonic() - asked < 0.05 else 0


def wait_until_up(url: str, timeout: float = 60) -> float:
    """Seconds the first 200 took; raises if none came within `timeout`."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            request = urllib.request.Request(url, headers={"X-Forwarded-Proto": "https"})
            asked = time.monotonic()
            with urllib.request.urlopen(request, timeout=60) as response:
                if response.status == 200:
                    return time.monotonic() - asked
        except OSError:
            time.sleep(0.3)
    raise RuntimeError(f"{url} did not answer 200 within {timeout} s")


def wrk(url: str, *, duration: int, connections: int) -> dict:
    out = subprocess.run(
        [
            "wrk",
            "--threads",
            "1",
            "--connections",
            str(connections),
            "--duration",
            f"{duration}s",
            "--timeout",
            "10s",
            "--script",
            str(HERE / "report.lua"),
            url,
        ],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    figures = json.loads(re.search(r"^BENCH (.*)$", out, re.MULTILINE).group(1))
    figures["rps"] = figures["requests"] / (figures["duration_us"] / 1e6)
    figures["load"] = load()
    return figures


def choose_targets() -> dict:
    """The countries, agreement and search of the run, read from the data in-process."""
    import django

    django.setup()
    from django.db.models import Count

    from agreements.models import Agreement, Country, ParticipationEvent, SourceArticle

    counted = list(
        Country.objects.annotate(n=Count("events")).filter(n__gt=0).order_by("n", "iso2")
    )
    typical = counted[len(counted) // 2]
    busiest = counted[-1]
    agreement = Agreement.objects.annotate(n=Count("events")).order_by("-n", "slug").first()
    return {
        "typical": (typical.iso2, typical.n),
        "busiest": (busiest.iso2, busiest.n),
        "agreement": (agreement.slug, agreement.n),
        "events": ParticipationEvent.objects.count(),
        "articles": SourceArticle.objects.count(),
    }


def query_counts(paths: dict[str, str]) -> dict[str, int]:
    """SQL queries per request for each path, the second time it is asked (warm caches)."""
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client = Client(headers={"host": "127.0.0.1", "x-forwarded-proto": "https"})
    counts = {}
    for name, path in paths.items():
        client.get(path)
        with CaptureQueriesContext(connection) as captured:
            response = client.get(path)
        assert response.status_code == 200, (path, response.status_code)
        counts[name] = len(captured)
    return counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--duration", type=int, default=15)
    parser.add_argument("--connections", type=int, default=8)
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    os.environ.update(ENV)
    sys.path.insert(0, str(ROOT))
    RESULTS.mkdir(exist_ok=True)
    sqlite = RESULTS / "concord.db"
    if not sqlite.exists():
        subprocess.run([VENV / "python", HERE / "export_sqlite.py", sqlite], check=True, env=ENV)
    subprocess.run(["redis-cli", "-n", "14", "flushdb"], check=True, capture_output=True)
    targets = choose_targets()
    typical, busiest, slug = targets["typical"][0], targets["busiest"][0], targets["agreement"][0]
    search = quote(ARABIC_QUERY)
    paths = {
        "ceiling (constant JSON)": "/bench/ceiling/",
        f"timeline API, typical ({typical})": f"/api/v1/countries/{typical}/timeline/",
        f"timeline page, typical ({typical})": f"/en/countries/{typical}/",
        f"timeline API, busiest ({busiest})": f"/api/v1/countries/{busiest}/timeline/",
        f"timeline page, busiest ({busiest})": f"/en/countries/{busiest}/",
        f"participants as_of ({slug})": f"/api/v1/agreements/{slug}/participants/?as_of=2015-06-01",
        "Arabic search API": f"/api/v1/articles/?q={search}",
        "Arabic search page": f"/ar/search/?q={search}",
        "home page": "/en/",
    }
    queries = query_counts({k: v for k, v in paths.items() if "search page" not in k})
    peers = {
        f"Datasette timeline, typical ({typical})": f"/concord/timeline.json?iso2={typical}"
        "&_shape=array&_json=sources&_json=agreement",
        f"Datasette timeline, busiest ({busiest})": f"/concord/timeline.json?iso2={busiest}"
        "&_shape=array&_json=sources&_json=agreement",
    }
    log = (RESULTS / "http-servers.log").open("w")
    gunicorn = subprocess.Popen(
        [
            VENV / "gunicorn",
            "config.wsgi",
            "--workers",
            str(args.workers),
            "--bind",
            "127.0.0.1:8100",
        ],
        cwd=ROOT,
        env=ENV,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    datasette = subprocess.Popen(
        [
            VENV / "datasette",
            "serve",
            "-i",
            sqlite,
            "--metadata",
            HERE / "datasette.yaml",
            "--host",
            "127.0.0.1",
            "--port",
            "8101",
            "--setting",
            "sql_time_limit_ms",
            "10000",
        ],
        cwd=ROOT,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    runs: dict[str, list[dict]] = {}
    started = datetime.now(UTC)
    try:
        wait_until_up(CONCORD + "/bench/ceiling/")
        wait_until_up(DATASETTE + "/-/versions.json")
        urls = {name: CONCORD + path for name, path in paths.items()}
        urls |= {name: DATASETTE + path for name, path in peers.items()}
        first: dict[str, float | None] = {}
        for name, url in list(urls.items()):
            try:
                first[name] = wait_until_up(url, timeout=90)
            except RuntimeError:  # gunicorn's 30 s timeout kills the worker first
                first[name] = None
                del urls[name]
                continue
            wrk(url, duration=3, connections=args.connections)  # warm-up
        for round_ in range(args.repeat):
            for name, url in urls.items():
                drained(CONCORD + "/bench/ceiling/")
                figures = wrk(url, duration=args.duration, connections=args.connections)
                runs.setdefault(name, []).append(figures)
                print(f"round {round_ + 1} {name}: {figures['rps']:.0f} req/s", file=sys.stderr)
    finally:
        for process in (gunicorn, datasette):
            process.terminate()
            process.wait(timeout=30)
    best = {name: max(figures, key=lambda f: f["rps"]) for name, figures in runs.items()}
    ceiling = best["ceiling (constant JSON)"]["rps"]
    datasette_of = {
        name: best[peer]["rps"]
        for name in best
        for peer in best
        if peer.startswith("Datasette")
        and name.startswith("timeline API")
        and peer.split(",", 1)[1] == name.split(",", 1)[1]
    }
    header = (
        f"HTTP load — {started:%Y-%m-%d %H:%M} UTC — {machine()}\n"
        f"data: {targets['events']:,} events, {targets['articles']:,} articles; typical "
        f"{typical} has {targets['typical'][1]:,} events, busiest {busiest} "
        f"{targets['busiest'][1]:,}; {slug} has {targets['agreement'][1]:,}\n"
        f"wrk 1 thread, {args.connections} connections, {args.duration} s, best of "
        f"{args.repeat}; gunicorn {args.workers} sync workers; 1-min load during runs "
        f"{min(f['load'] for fs in runs.values() for f in fs):.2f}–"
        f"{max(f['load'] for fs in runs.values() for f in fs):.2f}\n"
    )
    lines = [
        "| endpoint | req/s | p50 ms | p95 ms | p99 ms | errors | SQL/req | first request s "
        "| ÷ ceiling | ÷ Datasette |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for name, seconds in first.items():
        if seconds is None:
            lines.append(f"| {name} | no answer within gunicorn's 30 s timeout |||||||| ")
    for name, f in best.items():
        ratio_ceiling = f"{f['rps'] / ceiling:.2f}" if "ceiling" not in name else ""
        if name.startswith("Datasette"):
            ratio_ceiling = f"{f['rps'] / ceiling:.2f}"
        ratio_peer = f"{f['rps'] / datasette_of[name]:.2f}" if name in datasette_of else ""
        lines.append(
            f"| {name} | {f['rps']:,.0f} | {f['p50_us'] / 1000:.1f} | {f['p95_us'] / 1000:.1f} "
            f"| {f['p99_us'] / 1000:.1f} | {f['errors'] + f['non2xx']} "
            f"| {queries.get(name, '')} | {first[name]:.2f} | {ratio_ceiling} | {ratio_peer} |"
        )
    table = header + "\n" + "\n".join(lines) + "\n"
    print(table)
    stamp = f"{started:%Y%m%d-%H%M}"
    (RESULTS / f"http-{stamp}.md").write_text(table)
    (RESULTS / f"http-{stamp}.json").write_text(
        json.dumps(
            {"targets": targets, "queries": queries, "first_s": first, "runs": runs}, indent=1
        )
    )
    shutil.copy(RESULTS / f"http-{stamp}.md", RESULTS / "http-latest.md")


if __name__ == "__main__":
    main()
