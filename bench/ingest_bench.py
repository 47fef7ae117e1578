"""End-to-end ingestion: URLs submitted, pages fetched over loopback HTTP, articles read.

    .venv/bin/python bench/ingest_bench.py [--articles 400] [--layouts one,two,split]

Real parts only: PostgreSQL (database `concord_ingest_bench`, made and loaded with the
reference data when missing), Redis (db 12, purged before each layout), `celery worker`
processes with production settings, and a threaded HTTP server on 127.0.0.1 serving the
labelled corpora's pages (tests/fixtures/corpus and holdout), each copy given a line of its own
so that no two pages have the same text. For each worker layout the database's articles are
cleared, the URLs submitted through `article_submit_url` (as the API and admin do), and the
clock stops when no article is left queued or fetched. Articles per second is the number of
articles over that time; workers are started and answering before the clock starts.

Layouts:
  one    one worker process on every queue (prefork, concurrency 1)
  two    one worker with two processes on every queue (prefork, concurrency 2)
  split  a fetch worker (threads, concurrency 16) and an extract worker (prefork, 2 processes)
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import subprocess
import sys
import threading
import time
import uuid
from contextlib import contextmanager
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
RESULTS = HERE / "results"
CORPORA = [ROOT / "tests" / "fixtures" / "corpus", ROOT / "tests" / "fixtures" / "holdout"]
DATABASE_URL = os.environ.get(
    "BENCH_INGEST_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/concord_ingest_bench"
)
ENV = {
    "DJANGO_SETTINGS_MODULE": "config.settings",
    "DATABASE_URL": DATABASE_URL,
    "REDIS_URL": os.environ.get("BENCH_INGEST_REDIS_URL", "redis://127.0.0.1:6379/12"),
    "SECRET_KEY": "bench-only-not-a-secret",
    "DEBUG": "0",
    "ALLOWED_HOSTS": "127.0.0.1",
    "INGEST_ALLOW_PRIVATE_ADDRESSES": "1",  # the pages are served on loopback
    "INGEST_SWEEP_AFTER_SECONDS": "3600",  # no sweep during a run: each article is sent once
    "LOG_LEVEL": "WARNING",
}
os.environ.update(ENV)
sys.path.insert(0, str(ROOT))

LAYOUTS = {
    "one": [["--queues", "fetch,extract,celery", "--pool", "prefork", "--concurrency", "1"]],
    "two": [["--queues", "fetch,extract,celery", "--pool", "prefork", "--concurrency", "2"]],
    "split": [
        ["--queues", "fetch", "--pool", "threads", "--concurrency", "16"],
        ["--queues", "extract,celery", "--pool", "prefork", "--concurrency", "2"],
    ],
}


def machine() -> str:
    cpu = next(
        (
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if line.startswith("model name")
        ),
        "?",
    )
    return f"{os.cpu_count()} cores, {cpu}, {platform.platform(terse=True)}"


def database_ready() -> None:
    """Create and load the benchmark database once; later runs reuse it."""
    import psycopg

    name = DATABASE_URL.rsplit("/", 1)[1]
    admin = DATABASE_URL.rsplit("/", 1)[0] + "/postgres"
    with psycopg.connect(admin, autocommit=True) as conn:
        if not conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone():
            conn.execute(f'CREATE DATABASE "{name}"')
    manage = [sys.executable, str(ROOT / "manage.py")]
    subprocess.run([*manage, "migrate", "--noinput", "-v", "0"], check=True, env=os.environ)
    subprocess.run(
        [*manage, "load_reference_data"], check=True, env=os.environ, stdout=subprocess.DEVNULL
    )


def pages(count: int) -> dict[str, bytes]:
    """`count` distinct pages from the corpora's files (plain texts wrapped as HTML)."""
    sources = sorted(
        p for corpus in CORPORA for p in corpus.glob("*.*") if p.suffix in (".txt", ".html")
    )
    served = {}
    for i in range(count):
        path = sources[i % len(sources)]
        text = path.read_text(encoding="utf-8")
        own = f"<p>Archive reference {uuid.uuid4().hex}.</p>"
        if path.suffix == ".html":
            # Inside the article's first long paragraph, where the page's reader keeps it.
            body = re.sub(
                r"(<p>[^<]{200,}?)(</p>)",
                lambda m: f"{m.group(1)} (ref. {uuid.uuid4().hex}){m.group(2)}",
                text,
                count=1,
            )
        else:
            lines = [line for line in text.splitlines() if line.strip()]
            paragraphs = "".join(f"<p>{line}</p>" for line in lines[1:])
            body = (
                f"<html><head><title>{lines[0]}</title></head><body><article><h1>{lines[0]}</h1>"
                f"{paragraphs}{own}</article></body></html>"
            )
        served[f"/a/{i}"] = body.encode("utf-8")
    return served


@contextmanager
def serve(routes: dict[str, bytes]):
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):
            body = routes.get(self.path)
            if body is None:
                self.send_error(404)
                return
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()


@contextmanager
def workers(layout: str, log: Path):
    from config.celery import app

    app.control.purge()
    processes, names = [], []
    with log.open("w") as out:
        for args in LAYOUTS[layout]:
            name = f"bench-{uuid.uuid4().hex[:6]}@localhost"
            command = [sys.executable, "-m", "celery", "-A", "config", "worker", *args]
            command += ["--hostname", name, "--without-gossip", "--without-mingle", "-l", "WARNING"]
            processes.append(
                subprocess.Popen(
                    command, cwd=ROOT, env=os.environ, stdout=out, stderr=subprocess.STDOUT
                )
            )
            names.append(name)
        try:
            deadline = time.monotonic() + 90
            while len(app.control.ping(destination=names, timeout=1)) < len(names):
                if time.monotonic() > deadline or any(p.poll() is not None for p in processes):
                    raise RuntimeError(f"workers did not start:\n{log.read_text()[-3000:]}")
            yield
        finally:
            for process in processes:
                process.terminate()
            for process in processes:
                try:
                    process.wait(timeout=30)
                except subprocess.TimeoutExpired:
                    process.kill()


def run(layout: str, base: str, paths: list[str], log: Path) -> dict:
    from django.db import connection

    from agreements.models import Announcement, Evidence, SourceArticle
    from ingest.services import article_submit_url

    Evidence.objects.exclude(article=None).delete()
    Announcement.objects.all().delete()
    SourceArticle.objects.all().delete()
    unfinished = SourceArticle.objects.filter(status__in=["queued", "fetched"])
    with workers(layout, log):
        load_before = os.getloadavg()[0]
        start = time.monotonic()
        for path in paths:
            article_submit_url(url=base + path)
        submitted = time.monotonic() - start
        while unfinished.exists():
            time.sleep(0.05)
        elapsed = time.monotonic() - start
        load_after = os.getloadavg()[0]
    statuses = dict(_status_counts(SourceArticle))
    claims = Announcement.objects.count()
    connection.close()
    return {
        "layout": layout,
        "articles": len(paths),
        "seconds": elapsed,
        "per_second": len(paths) / elapsed,
        "submit_seconds": submitted,
        "statuses": statuses,
        "claims": claims,
        "load": f"{load_before:.1f}→{load_after:.1f}",
    }


def _status_counts(model) -> list[tuple[str, int]]:
    from django.db.models import Count

    return list(model.objects.values_list("status").annotate(n=Count("pk")).order_by("status"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=400)
    parser.add_argument("--layouts", default="one,two,split")
    options = parser.parse_args()
    database_ready()

    import django

    django.setup()
    RESULTS.mkdir(exist_ok=True)
    served = pages(options.articles)
    sizes = sorted(len(body) for body in served.values())
    rows = []
    with serve(served) as base:
        for layout in options.layouts.split(","):
            rows.append(run(layout, base, list(served), RESULTS / f"ingest-{layout}.log"))
            print(f"  {layout}: {rows[-1]['per_second']:.1f} articles/s", file=sys.stderr)
    when = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    lines = [
        f"End-to-end ingestion, {when}, {machine()}",
        f"{options.articles} pages of {sizes[0]:,}–{sizes[-1]:,} bytes"
        f" (median {sizes[len(sizes) // 2]:,}), fetched from 127.0.0.1",
        "",
        "| workers | articles | seconds | articles/s | submit s | outcome | claims | load 1-min |",
        "|---|---:|---:|---:|---:|---|---:|---|",
    ]
    for row in rows:
        outcome = ", ".join(f"{n} {status}" for status, n in row["statuses"].items())
        lines.append(
            f"| {row['layout']} | {row['articles']} | {row['seconds']:.1f}"
            f" | {row['per_second']:.1f} | {row['submit_seconds']:.1f} | {outcome}"
            f" | {row['claims']} | {row['load']} |"
        )
    table = "\n".join(lines)
    print(table)
    (RESULTS / "ingest.md").write_text(table + "\n")


if __name__ == "__main__":
    main()
