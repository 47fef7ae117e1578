from django.core.management.base import BaseCommand

from agreements.reference import LoadReport, catalogue_load, countries_load


class Command(BaseCommand):
    help = "Load every country and the agreements catalogue. Safe to run again: it says noop."

    def handle(self, *args, **options) -> None:
        report = LoadReport()
        countries_load(report)
        catalogue_load(report)
        for line in report.lines():
            self.stdout.write(line)
        for problem in report.problems:
            self.stderr.write(self.style.WARNING(problem))
        verdict = f"{report.changed} rows changed" if report.changed else "nothing changed"
        self.stdout.write(self.style.SUCCESS(f"Reference data loaded: {verdict}."))
