import sys
from pathlib import Path

from django.core.management.base import BaseCommand

from agreements.backup import kb_export


class Command(BaseCommand):
    help = "Write the whole knowledge base, with its history, to a versioned JSON file."

    def add_arguments(self, parser) -> None:
        parser.add_argument("path", type=Path, help="output file, or - for standard output")

    def handle(self, *args, path: Path, **options) -> None:
        if str(path) == "-":
            counts = kb_export(self.stdout)
        else:
            with path.open("w", encoding="utf-8") as out:
                counts = kb_export(out)
        total = sum(counts.values())
        print(
            f"exported {total} rows: "
            + ", ".join(f"{label} {n}" for label, n in counts.items() if n),
            file=sys.stderr,
        )
