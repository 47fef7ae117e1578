from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from agreements.backup import BackupError, kb_import


class Command(BaseCommand):
    help = "Restore a knowledge-base export (export_kb) into an empty, migrated database."

    def add_arguments(self, parser) -> None:
        parser.add_argument("path", type=Path)

    def handle(self, *args, path: Path, **options) -> None:
        try:
            with path.open(encoding="utf-8") as source:
                counts = kb_import(source)
        except (OSError, BackupError) as error:
            raise CommandError(str(error)) from error
        self.stdout.write(
            self.style.SUCCESS(
                f"imported {sum(counts.values())} rows: "
                + ", ".join(f"{label} {n}" for label, n in counts.items() if n)
            )
        )
