"""Reminders that a report is due: once per paid part, in the recipient's language.

A part's report is due REPORT_DAYS after the later of its payment and the activity's start.
`send_report_reminders` is run daily by `manage.py fund_reminders` (settings.SCHEDULE); it marks
each part it reminded about (`GrantPart.reminded_at`), so a second run sends nothing again.
"""

from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import formats, timezone, translation
from django.utils.translation import gettext as _

from core.mail import message, queue

from .models import GrantPart, Status

REPORT_DAYS = 14


def due_date(part):
    moments = [part.paid_at]
    start = part.application.request.start
    if start is not None:
        moments.append(start)
    return timezone.localtime(max(moments)).date() + timedelta(days=REPORT_DAYS)


def _recipients(application):
    users = [application.created_by] if application.created_by_id else []
    return [user for user in users if user.is_active and user.email]


def _mail(user, part, due):
    application = part.application
    profile = getattr(user, "profile", None)
    language = getattr(profile, "language", "") or settings.LANGUAGE_CODE
    with translation.override(language):
        url = settings.SITE_URL + reverse("fund:detail", args=[application.pk])
        subject = _("Verantwoording gevraagd: %(offer)s") % {
            "offer": application.request.offer.title
        }
        greeting = render_to_string(
            "components/email_greeting.txt",
            {"name": getattr(profile, "display_name", "")},
        ).strip()
        body = (
            greeting
            + "\n\n"
            + _(
                "Deel %(number)s van de bijdrage voor '%(offer)s' is betaald. "
                "Wilt u vóór %(due)s kort schrijven wat er is gedaan en wat het opleverde? "
                "Het volgende deel wordt betaald zodra de financier uw verantwoording heeft "
                "goedgekeurd."
                "\n\nU schrijft de verantwoording op %(url)s\n"
            )
            % {
                "number": part.number,
                "offer": application.request.offer.title,
                "due": formats.date_format(due, "j F Y"),
                "url": url,
            }
        )
    return message([user.email], f"[{settings.WAGTAIL_SITE_NAME}] {subject}", body)


def send_report_reminders(now=None):
    """Remind the school of every paid part whose report is due and not yet written."""
    now = now or timezone.now()
    today = timezone.localdate(now)
    candidates = GrantPart.objects.filter(
        application__status=Status.PART_PAID,
        paid_at__isnull=False,
        reported_at__isnull=True,
        reminded_at__isnull=True,
    ).select_related("application__request__offer", "application__created_by__profile")
    sent = 0
    for part in candidates:
        due = due_date(part)
        if today < due - timedelta(days=REPORT_DAYS // 2):
            continue
        with transaction.atomic():
            # Mark it under the row lock: two runs at once remind once.
            marked = GrantPart.objects.filter(pk=part.pk, reminded_at__isnull=True).update(
                reminded_at=now
            )
            if not marked:
                continue
        messages = [_mail(user, part, due) for user in _recipients(part.application)]
        sent += queue(*messages)
    return sent
