"""Where extraction spends its time: cProfile over the corpus (see extract_bench.py).

.venv/bin/python bench/profile_extract.py [N_TOP]
"""

import cProfile
import os
import pstats
import sys
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
os.environ.setdefault("SECRET_KEY", "bench-only-not-a-secret")
os.environ.setdefault("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/concord_bench")

import django  # noqa: E402

django.setup()
from ingest.clean import clean_article  # noqa: E402
from ingest.extract import extract  # noqa: E402
from ingest.gazetteer import gazetteer_current  # noqa: E402

gazetteer = gazetteer_current()
corpus = ROOT / "tests" / "fixtures" / "corpus"
texts = [
    (p.name.split(".")[-2], clean_article(p.read_text()).text) for p in sorted(corpus.iterdir())
]
for lang, text in texts:  # warm the caches of compiled patterns
    extract(text, gazetteer=gazetteer, lang=lang, published=date(2025, 11, 7), title="")
profile = cProfile.Profile()
profile.enable()
for _ in range(3):
    for lang, text in texts:
        extract(text, gazetteer=gazetteer, lang=lang, published=date(2025, 11, 7), title="")
profile.disable()
pstats.Stats(profile).sort_stats("tottime").print_stats(
    int(sys.argv[1]) if len(sys.argv) > 1 else 15
)
