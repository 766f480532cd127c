"""Forget failed login attempts after the period the privacy statement names (30 days).

The scheduler runs it daily (settings.SCHEDULE); cron can call it too.
"""

from datetime import timedelta

from axes.models import AccessAttempt, AccessFailureLog, AccessLog
from django.conf import settings
from django.core.management.base import BaseCommand
from django.utils import timezone


class Command(BaseCommand):
    help = "Wis mislukte inlogpogingen ouder dan LOGIN_RECORDS_DAYS (standaard 30) dagen."

    def handle(self, *args, **options):
        before = timezone.now() - timedelta(days=settings.LOGIN_RECORDS_DAYS)
        removed = 0
        for model in (AccessAttempt, AccessFailureLog, AccessLog):
            count, _per_model = model.objects.filter(attempt_time__lt=before).delete()
            removed += count
        self.stdout.write(f"{removed} login attempt records from before {before:%Y-%m-%d} removed")
