"""Pass on expired offers of places and send tomorrow's reminders (run by the scheduler)."""

from django.core.management.base import BaseCommand

from community.events.scheduled import run_scheduled


class Command(BaseCommand):
    help = "Verlopen aanbiedingen doorgeven aan de wachtlijst en herinneringen voor morgen sturen."

    def handle(self, *args, **options):
        counts = run_scheduled()
        self.stdout.write("expired: {expired}, reminders: {reminders}".format(**counts))
