"""The waiting list: a freed place is offered for EVENT_OFFER_HOURS, accepted or passed on;
cancelling by the e-mail link; reminders the day before, once."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from .. import scheduled, signup
from ..models import Registration, Status
from ..tokens import registration_token

pytestmark = pytest.mark.django_db


@pytest.fixture
def full(session, anna, bram, stranger):
    """Anna has the one place; Bram, then the stranger, wait."""
    signup.register_member(session.pk, anna, "nl")
    signup.register_member(session.pk, bram, "en")
    signup.register_member(session.pk, stranger, "nl")
    return {r.user: r for r in Registration.objects.all()}


def link(registration):
    return reverse("events:registration", args=[registration_token(registration)])


def status(registration):
    registration.refresh_from_db()
    return registration.status


def test_cancelling_by_link_offers_the_place_to_the_first_waiting(
    client, full, anna, bram, stranger, sent, mailoutbox, settings
):
    settings.EVENT_OFFER_HOURS = 48
    response = client.get(link(full[anna]))
    assert "Afmelden" in response.content.decode()
    assert status(full[anna]) == Status.REGISTERED  # GET changes nothing
    mailoutbox.clear()
    sent(client.post, link(full[anna]), {"move": "cancel"})
    assert status(full[anna]) == Status.CANCELLED
    assert status(full[bram]) == Status.OFFERED
    assert status(full[stranger]) == Status.WAITING
    hours = (full[bram].offered_until - timezone.now()).total_seconds() / 3600
    assert 47.9 < hours <= 48
    offer = next(m for m in mailoutbox if m.to == ["bram@school.example"])
    assert offer.subject.endswith("A place has become free for 'Netwerkbijeenkomst Eemsdelta'")
    # In Bram's language, with his own signed link.
    assert "/en/events/registration/" + registration_token(full[bram]) in offer.body


def test_accepting_the_offer_registers(client, full, anna, bram):
    client.post(link(full[anna]), {"move": "cancel"})
    response = client.post(link(full[bram]), {"move": "accept"}, follow=True)
    assert status(full[bram]) == Status.REGISTERED
    assert "U heeft de plek aangenomen" in response.content.decode()


def test_an_expired_offer_passes_to_the_next(client, full, anna, bram, stranger, sent, mailoutbox):
    client.post(link(full[anna]), {"move": "cancel"})
    later = timezone.now() + timedelta(hours=49)
    mailoutbox.clear()
    counts = sent(scheduled.run_scheduled, later)
    assert counts["expired"] == 1
    assert status(full[bram]) == Status.EXPIRED
    assert status(full[stranger]) == Status.OFFERED
    assert {tuple(m.to) for m in mailoutbox} >= {("bram@school.example",), ("iemand@example.org",)}
    # Too late to accept now.
    response = client.post(link(full[bram]), {"move": "accept"}, follow=True)
    assert "Dat kan niet meer" in response.content.decode()
    assert status(full[bram]) == Status.EXPIRED


def test_accepting_after_the_hours_is_refused_even_before_the_job_ran(client, full, anna, bram):
    client.post(link(full[anna]), {"move": "cancel"})
    Registration.objects.filter(pk=full[bram].pk).update(
        offered_until=timezone.now() - timedelta(minutes=1)
    )
    response = client.post(link(full[bram]), {"move": "accept"}, follow=True)
    assert "Dit aanbod is verlopen" in response.content.decode()
    assert status(full[bram]) == Status.OFFERED


def test_leaving_the_waiting_list(client, full, bram):
    response = client.get(link(full[bram]))
    assert "Van de wachtlijst af" in response.content.decode()
    client.post(link(full[bram]), {"move": "cancel"})
    assert status(full[bram]) == Status.CANCELLED


def test_a_move_that_is_not_the_attendees_is_refused(client, full, bram):
    response = client.post(link(full[bram]), {"move": "offer"}, follow=True)
    assert status(full[bram]) == Status.WAITING
    assert "U kunt dit niet doen." in response.content.decode()
    response = client.post(link(full[bram]), {"move": "nonsense"}, follow=True)
    assert "Deze stap bestaat niet." in response.content.decode()


def test_reminders_go_out_once_the_day_before(full, anna, session, sent, mailoutbox):
    day_before = session.start - timedelta(hours=20)
    assert sent(scheduled.run_scheduled, session.start - timedelta(days=3))["reminders"] == 0
    mailoutbox.clear()
    assert sent(scheduled.run_scheduled, day_before)["reminders"] == 1
    assert [m.to for m in mailoutbox] == [["anna@school.example"]]
    assert "Herinnering" in mailoutbox[0].subject
    assert sent(scheduled.run_scheduled, day_before + timedelta(hours=1))["reminders"] == 0
    assert len(mailoutbox) == 1


def test_the_scheduler_command_exists_and_runs(full, settings):
    from django.core.management import call_command

    assert any(job["command"] == ["event_jobs"] for job in settings.SCHEDULE)
    call_command("event_jobs")
