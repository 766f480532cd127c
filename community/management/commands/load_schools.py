from django.core.management.base import BaseCommand

from community.schools_loader import SCHOOLS_CSV, load_schools


class Command(BaseCommand):
    help = "Load DUO's primary-school locations into the community's school list (idempotent)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--file", default=str(SCHOOLS_CSV), help="CSV file (default: %(default)s)"
        )

    def handle(self, *args, **options):
        load_schools(options["file"], log=self.stdout.write)
