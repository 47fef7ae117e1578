import json
import sys
import time
from datetime import date
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from agreements.models import Agreement
from ingest.clean import clean_article, detect_language
from ingest.dates import parse_publication_date
from ingest.extract import extract
from ingest.fetch import FetchError
from ingest.gazetteer import gazetteer_for_command
from ingest.reading import InputDocument, read_file, read_jsonl


class Command(BaseCommand):
    help = (
        "Read articles and print the claims found, one JSON object per line. Writes nothing "
        "to the database."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument("files", nargs="*", metavar="FILE")
        parser.add_argument("--jsonl", type=Path, help='lines of {"id", "text", "published", ...}')
        parser.add_argument("--published", type=date.fromisoformat, help="YYYY-MM-DD")
        parser.add_argument("--lang", default="")

    def handle(self, *args, files, jsonl, published, lang, **options) -> None:
        if not files and not jsonl:
            raise CommandError("give FILE arguments or --jsonl FILE")
        gazetteer = gazetteer_for_command()
        english = dict(Agreement.objects.values_list("slug", "name_en"))
        documents = [
            InputDocument(
                source=Path(f).name, text=self._read(Path(f)), published=published, lang=lang
            )
            for f in files
        ]
        if jsonl:
            try:
                documents += list(read_jsonl(jsonl))
            except (OSError, ValueError) as error:
                raise CommandError(str(error)) from error
        started, count = time.perf_counter(), 0
        out = self.stdout
        for doc in documents:
            cleaned = clean_article(doc.text)
            doc_lang = doc.lang or cleaned.lang_hint or detect_language(cleaned.text)
            doc_published = doc.published or (
                parse_publication_date(cleaned.published_raw, doc_lang)
                if cleaned.published_raw
                else None
            )
            for c in extract(
                cleaned.text,
                gazetteer=gazetteer,
                lang=doc_lang,
                published=doc_published,
                title=cleaned.title,
            ):
                count += 1
                out.write(
                    json.dumps(
                        {
                            "source": doc.source,
                            "country": c.country,
                            "agreement": c.agreement,
                            "agreement_name": english.get(c.agreement, c.agreement),
                            "kind": c.kind,
                            "date": c.date.isoformat() if c.date else None,
                            "precision": c.precision,
                            "derivation": c.derivation,
                            "background": c.background,
                            "quote": c.quote,
                            "confidence": round(c.confidence, 3),
                        },
                        ensure_ascii=False,
                    )
                )
        elapsed = time.perf_counter() - started
        print(f"{len(documents)} documents, {count} claims, {elapsed:.2f} s", file=sys.stderr)

    def _read(self, path: Path) -> str:
        try:
            return read_file(path)
        except (OSError, FetchError) as error:
            raise CommandError(f"{path}: {error}") from error
