"""`manage.py send_need_alerts`: e-mail digests of new matching offers (run weekly from cron)."""

from django.core.management.base import BaseCommand

from offers.needs.alerts import send_need_alerts


class Command(BaseCommand):
    help = "E-mail members one digest per need alert with the offers that are new since the last."

    def handle(self, *args, **options):
        sent = send_need_alerts()
        self.stdout.write(f"{sent} e-mail(s) sent")
