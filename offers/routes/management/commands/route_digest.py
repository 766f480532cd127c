"""Queue the coordinators' weekly digest of their routes (for the scheduler)."""

from django.core.management.base import BaseCommand

from offers.routes.digest import send_digests


class Command(BaseCommand):
    help = "Wekelijks overzicht voor ontwikkelcoördinatoren: achterstallig, komende week, bezoeken."

    def handle(self, *args, **options):
        self.stdout.write(f"digests: {send_digests()}")
