"""Extraction throughput: articles per second on one core, over realistic 3 KB articles.

    .venv/bin/python bench/extract_bench.py [--seconds 20]

The articles are the labelled corpus (tests/fixtures/corpus: Arabic, English, French,
Russian... news as published), cleaned as the worker cleans them, each brought to at least
3 KB by appending further paragraphs of corpus articles in the same language. The gazetteer
is built from the database named by DATABASE_URL (default concord_bench: the reference
states and catalogue plus the synthetic agreements), as a worker builds it. One process,
so the figure is per core, timed in CPU seconds of the process (the machine may be shared);
each stage is timed alone, then the whole reading (clean + language + date + extract) is.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections import defaultdict
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
CORPUS = ROOT / "tests" / "fixtures" / "corpus"
SIZE = 3 * 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=float, default=20)
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    os.environ.setdefault("SECRET_KEY", "bench-only-not-a-secret")
    os.environ.setdefault("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/concord_bench")
    import django

    django.setup()
    from agreements.models import Agreement
    from ingest.clean import clean_article, detect_language
    from ingest.extract import extract
    from ingest.gazetteer import gazetteer_current

    started = time.perf_counter()
    gazetteer = gazetteer_current()
    gazetteer_seconds = time.perf_counter() - started

    raw = {path.name: path.read_text() for path in sorted(CORPUS.iterdir()) if path.is_file()}
    cleaned = {name: clean_article(text) for name, text in raw.items()}
    by_lang: dict[str, list[str]] = defaultdict(list)
    for name, article in cleaned.items():
        lang = name.split(".")[-2] if name.count(".") >= 2 else "en"
        by_lang[lang].append(article.text)
    articles = []
    for lang, texts in by_lang.items():
        for i, text in enumerate(texts):
            n = 1
            while len(text.encode()) < SIZE and len(texts) > 1:
                text += "\n\n" + texts[(i + n) % len(texts)]
                n += 1
            articles.append((lang, text))
    sizes = sorted(len(text.encode()) for _, text in articles)

    def rate(work) -> float:
        # CPU time of this process, not wall time: the machine is shared, and a busy neighbour
        # would otherwise count against the extractor.
        done, started = 0, time.process_time()
        while time.process_time() - started < args.seconds:
            for item in articles:
                work(item)
                done += 1
        return done / (time.process_time() - started)

    def extract_only(item):
        lang, text = item
        extract(text, gazetteer=gazetteer, lang=lang, published=date(2025, 11, 7), title="")

    def whole_reading(item):
        lang, text = item
        page = clean_article(text)
        detect_language(page.text)
        extract(page.text, gazetteer=gazetteer, lang=lang, published=date(2025, 11, 7), title="")

    load_before = os.getloadavg()[0]
    extract_rate = rate(extract_only)
    whole_rate = rate(whole_reading)
    print(
        f"Extraction — {time.strftime('%Y-%m-%d %H:%M')} — {os.cpu_count()} cores, one process; "
        f"1-min load {load_before:.2f} → {os.getloadavg()[0]:.2f}\n"
        f"{len(articles)} corpus articles in {len(by_lang)} languages, "
        f"{sizes[0]:,}–{sizes[-1]:,} bytes (median {sizes[len(sizes) // 2]:,}); gazetteer of "
        f"{Agreement.objects.count():,} agreements built in {gazetteer_seconds:.1f} s\n\n"
        "| stage | articles/s per core | ms per article |\n|---|---:|---:|\n"
        f"| extract (text in, claims out) | {extract_rate:,.0f} | {1000 / extract_rate:.2f} |\n"
        f"| clean + language + extract | {whole_rate:,.0f} | {1000 / whole_rate:.2f} |"
    )


if __name__ == "__main__":
    main()
