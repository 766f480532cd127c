"""`manage.py fund_reminders`: remind schools that a report is due (daily, settings.SCHEDULE)."""

from django.core.management.base import BaseCommand

from offers.fund.reminders import send_report_reminders


class Command(BaseCommand):
    help = "E-mail schools once per paid part whose report is due."

    def handle(self, *args, **options):
        self.stdout.write(f"{send_report_reminders()} e-mail(s) sent")
