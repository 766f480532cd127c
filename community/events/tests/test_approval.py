"""Events that need the organiser's approval: registrations wait, the organiser approves or
declines, and the registrant hears of it in their own language."""

import pytest
from django.urls import reverse

from ..machine import ATTENDEE
from ..models import Registration, Status
from ..signup import make_move
from ..tokens import registration_token

pytestmark = pytest.mark.django_db


@pytest.fixture
def approval(event):
    event.requires_approval = True
    event.save()
    return event


def register(client, user, session, sent):
    client.force_login(user)
    return sent(client.post, reverse("events:register", args=[session.pk]), follow=True)


def decide(client, organiser, registration, move, sent):
    client.force_login(organiser)
    return sent(
        client.post,
        reverse("events:organiser_move", args=[registration.pk]),
        {"move": move},
        follow=True,
    )


def test_member_waits_for_approval_and_holds_no_place(
    client, approval, session, anna, sent, mailoutbox
):
    response = register(client, anna, session, sent)
    registration = Registration.objects.get(user=anna)
    assert registration.status == Status.AWAITING
    assert "De organisator keurt haar goed" in response.content.decode()
    assert "wacht op goedkeuring" in mailoutbox[-1].subject
    # Waiting for approval holds no place: the single place is still free.
    assert "Nog 1 plek vrij" in client.get(approval.url).content.decode()


def test_organiser_approves_and_the_registrant_gets_a_place_in_english(
    client, approval, session, bram, organiser, sent, mailoutbox
):
    register(client, bram, session, sent)
    registration = Registration.objects.get(user=bram)
    page = client.get(reverse("events:attendees", args=[approval.pk]))
    assert page.status_code == 403  # bram is not an organiser
    client.force_login(organiser)
    assert (
        "Goedkeuren" in client.get(reverse("events:attendees", args=[approval.pk])).content.decode()
    )
    response = decide(client, organiser, registration, "approve", sent)
    assert "De aanmelding is goedgekeurd" in response.content.decode()
    registration.refresh_from_db()
    assert registration.status == Status.REGISTERED
    assert mailoutbox[-1].to == ["bram@school.example"]
    assert mailoutbox[-1].subject.endswith("You are registered for 'Netwerkbijeenkomst Eemsdelta'")


def test_approval_when_full_puts_on_the_waiting_list(
    client, approval, session, anna, bram, organiser, sent
):
    register(client, anna, session, sent)
    register(client, bram, session, sent)
    first, second = Registration.objects.order_by("pk")
    decide(client, organiser, first, "approve", sent)
    decide(client, organiser, second, "approve", sent)
    first.refresh_from_db()
    second.refresh_from_db()
    assert (first.status, second.status) == (Status.REGISTERED, Status.WAITING)


def test_organiser_declines_and_registering_again_does_not_undo_it(
    client, approval, session, bram, organiser, sent, mailoutbox
):
    register(client, bram, session, sent)
    registration = Registration.objects.get(user=bram)
    decide(client, organiser, registration, "decline", sent)
    registration.refresh_from_db()
    assert registration.status == Status.DECLINED
    assert mailoutbox[-1].subject.endswith(
        "Your registration for 'Netwerkbijeenkomst Eemsdelta' was not approved"
    )
    response = register(client, bram, session, sent)
    assert Registration.objects.filter(user=bram).count() == 1
    assert "U bent al aangemeld (niet goedgekeurd)" in response.content.decode()
    # Not in the member's own list or feed.
    assert (
        "Netwerkbijeenkomst Eemsdelta"
        not in client.get(reverse("events:mine")).content.decode().split("<main", 1)[-1]
    )


def test_attendee_cannot_approve_themselves(client, approval, session, anna, sent):
    register(client, anna, session, sent)
    registration = Registration.objects.get(user=anna)
    response = client.post(
        reverse("events:registration", args=[registration_token(registration)]),
        {"move": "approve"},
        follow=True,
    )
    assert "Alleen de organisator kan dit doen." in response.content.decode()
    registration.refresh_from_db()
    assert registration.status == Status.AWAITING
    assert reverse("events:organiser_move", args=[registration.pk])
    client.force_login(anna)
    assert (
        client.post(
            reverse("events:organiser_move", args=[registration.pk]), {"move": "approve"}
        ).status_code
        == 403
    )


def test_guest_confirms_then_waits_for_approval(client, approval, session, sent, mailoutbox):
    sent(
        client.post,
        reverse("events:register", args=[session.pk]),
        {"name": "Gast Gerrit", "email": "gerrit@example.org"},
    )
    registration = Registration.objects.get(email="gerrit@example.org")
    assert registration.status == Status.PENDING
    sent(make_move, registration, "confirm", None, role=ATTENDEE)
    registration.refresh_from_db()
    assert registration.status == Status.AWAITING
    assert "wacht op goedkeuring" in mailoutbox[-1].subject


def test_someone_waiting_for_approval_can_withdraw(client, approval, session, anna, sent):
    register(client, anna, session, sent)
    registration = Registration.objects.get(user=anna)
    client.post(
        reverse("events:registration", args=[registration_token(registration)]), {"move": "cancel"}
    )
    registration.refresh_from_db()
    assert registration.status == Status.CANCELLED
