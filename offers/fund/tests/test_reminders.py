"""Reminders that a report is due: sent once per paid part, in the recipient's language, only
when due; the management command and the schedule."""

import datetime
from io import StringIO

import pytest
from django.conf import settings
from django.core.management import call_command
from django.utils import timezone

from ..machine import MACHINE
from ..models import GrantPart
from ..reminders import send_report_reminders

pytestmark = pytest.mark.django_db


@pytest.fixture
def paid(draft, teacher, funder_user):
    MACHINE.run(draft, "submit", teacher)
    MACHINE.run(draft, "review", funder_user)
    MACHINE.run(draft, "grant", funder_user, {"amount": "400"})
    MACHINE.run(draft, "pay", funder_user)
    # The activity took place before the payment; the report is due two weeks after payment.
    type(draft.request).objects.filter(pk=draft.request.pk).update(
        start=timezone.now() - datetime.timedelta(days=30)
    )
    return draft


def test_a_reminder_once_when_the_report_is_due(paid, mailoutbox):
    part = GrantPart.objects.get(application=paid, number=1)
    now = timezone.now()
    assert send_report_reminders(now) == 0  # just paid: not due yet
    later = part.paid_at + datetime.timedelta(days=10)
    assert send_report_reminders(later) == 1
    assert mailoutbox[-1].to == ["juf@wierde.example"]
    assert "Verantwoording gevraagd" in mailoutbox[-1].subject
    assert send_report_reminders(later + datetime.timedelta(days=5)) == 0  # sent once
    assert len(mailoutbox) == 1


def test_no_reminder_once_reported(paid, teacher, mailoutbox):
    MACHINE.run(paid, "report", teacher, {"text": "Gedaan."})
    part = GrantPart.objects.get(application=paid, number=1)
    assert send_report_reminders(part.paid_at + datetime.timedelta(days=30)) == 0


def test_in_the_recipients_language(paid, teacher, mailoutbox):
    teacher.profile.language = "en"
    teacher.profile.save()
    part = GrantPart.objects.get(application=paid, number=1)
    send_report_reminders(part.paid_at + datetime.timedelta(days=20))
    assert "Report requested" in mailoutbox[-1].subject
    assert "Dear" in mailoutbox[-1].body


def test_the_command_and_the_schedule(paid, mailoutbox):
    GrantPart.objects.filter(application=paid, number=1).update(
        paid_at=timezone.now() - datetime.timedelta(days=30)
    )
    out = StringIO()
    call_command("fund_reminders", stdout=out)
    assert "1 e-mail" in out.getvalue() and len(mailoutbox) == 1
    assert any(job["command"] == ["fund_reminders"] for job in settings.SCHEDULE)
