"""Scheduled work on registrations (`manage.py event_jobs`, settings.SCHEDULE): offers that ran
out pass to the next on the waiting list, and a reminder goes out the day before, once.

Each step claims its rows first, so two runs at the same time do nothing twice.
"""

from datetime import timedelta

from django.db import transaction
from django.utils import timezone

from core.statemachine import IllegalMove

from . import emails
from .machine import SYSTEM
from .models import Registration, Status
from .signup import make_move


def expire_offers(now):
    expired = 0
    due = Registration.objects.filter(status=Status.OFFERED, offered_until__lte=now)
    for registration in due:
        try:
            make_move(registration, "expire", None, role=SYSTEM)
        except IllegalMove:  # accepted or cancelled meanwhile
            continue
        expired += 1
    return expired


def send_reminders(now):
    """Remind everyone registered for a session that starts within the next day."""
    due = Registration.objects.filter(
        status=Status.REGISTERED,
        reminder_sent_at__isnull=True,
        session__start__gt=now,
        session__start__lte=now + timedelta(days=1),
    ).values_list("pk", flat=True)
    sent = 0
    for pk in list(due):
        with transaction.atomic():
            claimed = Registration.objects.filter(pk=pk, reminder_sent_at__isnull=True).update(
                reminder_sent_at=now
            )
        if claimed:
            registration = Registration.objects.select_related("session__page").get(pk=pk)
            sent += emails.send_now(registration, "reminder")
    return sent


def run_scheduled(now=None):
    now = now or timezone.now()
    return {"expired": expire_offers(now), "reminders": send_reminders(now)}
