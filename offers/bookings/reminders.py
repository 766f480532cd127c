"""Scheduled work on requests: reminders, the question afterwards, and settling confirmations.

`run_scheduled` is called by `manage.py booking_reminders` (cron, e.g. every morning) and by the
django-tasks task `offers.bookings.tasks.booking_reminders_task`. Each step marks what it sent,
so running it twice sends nothing twice, and a missed day is caught up the next run.
"""

from datetime import timedelta

from django.db import transaction
from django.utils import timezone

from core.holidays import HOLIDAY_REGIONS, holiday_region_of, is_school_day

from . import emails
from .choices import Side, Status
from .models import BookingRequest
from .transitions import settle_confirmed

REMINDER_SCHOOL_DAYS = 2


def add_school_days(day, count, region=None):
    """The date `count` school days after `day` for a school in the holiday region `region`
    ('noord', 'midden', 'zuid'): weekends, public holidays and the region's school holidays
    are not school days. Without a known region a holiday of any region is skipped, so that a
    reminder comes a little early rather than late."""
    while count > 0:
        day += timedelta(days=1)
        if is_school_day(day, region):
            count -= 1
    return day


def send_reminders(now):
    """Remind both sides of accepted activities that begin within two school days of the
    school (its holiday region decides which days are school days)."""
    today = timezone.localdate(now)
    last_days = {
        region: add_school_days(today, REMINDER_SCHOOL_DAYS, region)
        for region in (None, *HOLIDAY_REGIONS)
    }
    until = timezone.make_aware(
        timezone.datetime.combine(
            max(last_days.values()) + timedelta(days=1), timezone.datetime.min.time()
        )
    )
    candidates = BookingRequest.objects.filter(
        status=Status.ACCEPTED, reminder_sent_at__isnull=True, start__gt=now, start__lt=until
    ).select_related("school__municipality__province")
    due = [
        booking.pk
        for booking in candidates
        if timezone.localtime(booking.start).date()
        <= last_days[holiday_region_of(booking.school.municipality)]
    ]
    return _send_once(due, "reminder_sent_at", "reminder", now)


def ask_if_held(now):
    """Ask both sides "Heeft de activiteit plaatsgevonden?" once the activity has ended."""
    due = BookingRequest.objects.filter(
        status=Status.ACCEPTED, held_question_sent_at__isnull=True, end__lte=now
    )
    return _send_once(
        list(due.values_list("pk", flat=True)), "held_question_sent_at", "held_question", now
    )


def _send_once(due, field, kind, now):
    """Send `kind` for each request pk in `due` whose `field` is still empty, once."""
    sent = 0
    for pk in due:
        with transaction.atomic():
            # Claim the row first: a second run at the same time finds it marked and skips it.
            claimed = BookingRequest.objects.filter(pk=pk, **{f"{field}__isnull": True}).update(
                **{field: now}
            )
        if not claimed:
            continue
        booking = BookingRequest.objects.select_related(
            "school", "offer", "provider", "created_by"
        ).get(pk=pk)
        sent += emails.send(booking, Side.SCHOOL, kind) + emails.send(booking, Side.PROVIDER, kind)
    return sent


def run_scheduled(now=None):
    now = now or timezone.now()
    return {
        "reminders": send_reminders(now),
        "questions": ask_if_held(now),
        "settled": settle_confirmed(now),
    }
