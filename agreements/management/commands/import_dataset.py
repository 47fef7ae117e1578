import sys
import time

from django.core.management.base import BaseCommand, CommandError

from agreements.datasets import SOURCES, dataset_import
from agreements.datasets.manytreaties import DEFAULT_DIR


class Command(BaseCommand):
    help = (
        "Import a structured source: `manytreaties [PATH]` (a directory with both membership "
        "files, or one file; default data/manytreaties) or `wikidata PATH` (saved SPARQL JSON "
        "results). Safe to run again: a second run changes nothing and says so."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument("source", choices=sorted(SOURCES))
        parser.add_argument("path", nargs="?")
        parser.add_argument("--no-progress", action="store_true", help="no progress bar")
        parser.add_argument("--verbose-skips", action="store_true", help="list every note")

    def handle(self, *args, source: str, path: str | None, **options) -> None:
        if path is None:
            if source != "manytreaties":
                raise CommandError(f"{source} needs a PATH")
            path = str(DEFAULT_DIR)
        started = time.monotonic()
        progress = None if options["no_progress"] else self._progress_bar()
        try:
            report = dataset_import(source=source, path=path, progress=progress)
        except OSError as error:
            raise CommandError(f"cannot read {path}: {error}") from error
        if progress:
            self.stderr.write("")
        for line in report.summary():
            self.stdout.write(line)
        notes = report.notes + report.problems
        for note in notes if options["verbose_skips"] else notes[:20]:
            self.stderr.write(self.style.WARNING(note))
        if len(notes) > 20 and not options["verbose_skips"]:
            self.stderr.write(f"... {len(notes) - 20} more notes (--verbose-skips)")
        seconds = time.monotonic() - started
        if report.changed:
            verdict = f"{report.changed} rows inserted or updated"
        else:
            verdict = "nothing changed, the data was already imported"
        self.stdout.write(self.style.SUCCESS(f"{source}: {verdict} ({seconds:.1f} s)."))

    def _progress_bar(self):
        interactive = sys.stderr.isatty()

        def progress(done: int, total: int) -> None:
            if not interactive and done not in (total,) and done % 100:
                return  # in logs, a line every hundred agreements
            width = 30
            filled = width * done // max(total, 1)
            bar = "#" * filled + "-" * (width - filled)
            end = "\r" if interactive else "\n"
            self.stderr.write(f"[{bar}] {done}/{total} agreements", ending=end)

        return progress
