import sys
import time
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand

from ingest.clean import clean_article, detect_language
from ingest.evaluation import calibration as calibration_rows
from ingest.evaluation import format_calibration, format_table, load_corpus, score
from ingest.extract import extract
from ingest.gazetteer import gazetteer_for_command
from ingest.reading import read_file

CORPUS = Path(settings.BASE_DIR) / "tests" / "fixtures" / "corpus"


class Command(BaseCommand):
    help = "Score extraction against the hand-labelled corpus: precision, recall and F1."

    def add_arguments(self, parser) -> None:
        parser.add_argument("--corpus", type=Path, default=CORPUS)
        parser.add_argument(
            "--errors", action="store_true", help="list every miss and error, news then background"
        )
        parser.add_argument(
            "--calibration",
            action="store_true",
            help="how often claims are right by band of confidence (see INGEST_*_CONFIDENCE)",
        )

    def handle(self, *args, corpus: Path, errors: bool, calibration: bool, **options) -> None:
        gold = load_corpus(corpus / "gold.jsonl")
        gazetteer = gazetteer_for_command()
        predicted = {}
        started = time.perf_counter()
        for article in gold:
            cleaned = clean_article(read_file(corpus / article.file))
            lang = article.lang or cleaned.lang_hint or detect_language(cleaned.text)
            predicted[article.file] = extract(
                cleaned.text,
                gazetteer=gazetteer,
                lang=lang,
                published=article.published,
                title=cleaned.title,
            )
        elapsed = time.perf_counter() - started
        scores = score(gold, predicted)
        self.stdout.write(format_table(scores))
        if calibration:
            self.stdout.write("")
            self.stdout.write(format_calibration(calibration_rows(scores, predicted)))
        if errors:
            for result in scores.articles:
                for claim in result.false_negatives:
                    self.stdout.write(f"MISS  {result.file}: {claim}")
                for claim in result.false_positives:
                    self.stdout.write(f"WRONG {result.file}: {claim}")
                for claim in result.background_false_negatives:
                    self.stdout.write(f"BG MISS  {result.file}: {claim}")
                for claim in result.background_false_positives:
                    self.stdout.write(f"BG WRONG {result.file}: {claim}")
        print(f"{len(gold)} articles read and extracted in {elapsed:.2f} s", file=sys.stderr)
