from django.core.management.base import BaseCommand

from core.taxonomy_loader import load_taxonomy


class Command(BaseCommand):
    help = "Load themes, learning areas, the 58 kerndoelen, target groups and regions (idempotent)."

    def handle(self, *args, **options):
        self.stdout.write("Taxonomie laden…")
        report = load_taxonomy()
        for name, count in sorted(report.created.items()):
            self.stdout.write(f"  nieuw: {count} {name}")
        for name, count in sorted(report.updated.items()):
            self.stdout.write(f"  bijgewerkt of ongewijzigd: {count} {name}")
        self.stdout.write(self.style.SUCCESS("Taxonomie geladen."))
