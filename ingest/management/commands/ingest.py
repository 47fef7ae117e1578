from datetime import date
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from agreements.models import SourceArticle
from ingest.fetch import FetchError
from ingest.reading import progress, read_file
from ingest.services import SubmissionError, article_submit_text, article_submit_url


class Command(BaseCommand):
    help = "Submit articles (files or URLs) to the ingestion pipeline."

    def add_arguments(self, parser) -> None:
        parser.add_argument("inputs", nargs="+", metavar="PATH_OR_URL")
        parser.add_argument("--published", type=date.fromisoformat, help="YYYY-MM-DD")
        parser.add_argument("--lang", default="", help="language code, e.g. ar; default: detect")

    def handle(self, *args, inputs: list[str], published: date | None, lang: str, **options):
        total, failures = len(inputs), 0
        for done, item in enumerate(inputs, 1):
            self.stderr.write(progress(done - 1, total, item), ending="")
            try:
                if item.startswith(("http://", "https://")):
                    article, created = article_submit_url(url=item, published=published, lang=lang)
                else:
                    path = Path(item)
                    if not path.is_file():
                        raise SubmissionError(f"no such file: {item}")
                    article, created = article_submit_text(
                        text=read_file(path),
                        published=published,
                        lang=lang,
                        content_type="text/html" if path.suffix in {".html", ".htm"} else None,
                    )
            except (SubmissionError, FetchError, OSError) as error:
                failures += 1
                self.stderr.write("")
                self.stderr.write(self.style.ERROR(f"{item}: {error}"))
                continue
            article.refresh_from_db()
            verb = "new" if created else "already known"
            self.stdout.write(
                f"\n{item}: article {article.pk} ({verb}), {article.status}: "
                f"{article.status_message}"
                if article.status != SourceArticle.Status.QUEUED
                else f"\n{item}: article {article.pk} ({verb}), queued for a worker"
            )
        self.stderr.write(progress(total, total, "done"))
        self.stderr.write("")
        if failures == total:
            raise CommandError("nothing could be ingested")
