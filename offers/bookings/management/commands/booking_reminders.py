"""Send the reminders and questions about requests; mark confirmed activities done (for cron)."""

from django.core.management.base import BaseCommand

from offers.bookings.reminders import run_scheduled


class Command(BaseCommand):
    help = (
        "Herinneringen twee schooldagen vooraf, de vraag 'Heeft de activiteit plaatsgevonden?' "
        "na de datum, en door de aanbieder bevestigde activiteiten na een week uitgevoerd."
    )

    def handle(self, *args, **options):
        counts = run_scheduled()
        self.stdout.write(
            "reminders: {reminders}, questions: {questions}, settled: {settled}".format(**counts)
        )
