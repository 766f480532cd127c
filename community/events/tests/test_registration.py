"""Registering: members in one click, guests after confirming their address."""

from datetime import timedelta

import pytest
from django.core.cache import cache
from django.urls import reverse
from django.utils import timezone
from django.utils.html import escape

from ..models import Registration, Status
from ..tokens import registration_token

pytestmark = pytest.mark.django_db


def register_url(session):
    return reverse("events:register", args=[session.pk])


def test_member_registers_in_one_click_and_gets_an_email(client, session, anna, sent, mailoutbox):
    client.force_login(anna)
    response = sent(client.post, register_url(session))
    assert response.status_code == 302
    registration = Registration.objects.get(user=anna)
    assert registration.status == Status.REGISTERED
    assert [m.to for m in mailoutbox] == [["anna@school.example"]]
    assert "ingeschreven" in mailoutbox[0].subject
    page = client.get(session.page.url)
    assert "Uw inschrijving" in page.content.decode()


def test_second_click_registers_once(client, session, anna):
    client.force_login(anna)
    client.post(register_url(session))
    response = client.post(register_url(session), follow=True)
    assert Registration.objects.filter(user=anna).count() == 1
    assert "U bent al aangemeld" in response.content.decode()


def test_full_session_puts_the_next_member_on_the_waiting_list(
    client, session, anna, bram, sent, mailoutbox
):
    client.force_login(anna)
    client.post(register_url(session))
    client.force_login(bram)
    response = sent(client.post, register_url(session), follow=True)
    assert Registration.objects.get(user=bram).status == Status.WAITING
    assert "u staat op de wachtlijst" in response.content.decode()
    # Bram reads English: his e-mail is in English.
    assert mailoutbox[-1].subject.endswith(
        "You are on the waiting list for 'Netwerkbijeenkomst Eemsdelta'"
    )


def test_guest_registration_counts_only_after_the_email_link(
    client, session, anna, sent, mailoutbox
):
    response = sent(
        client.post, register_url(session), {"name": "Gast Gerrit", "email": "gerrit@example.org"}
    )
    assert response.status_code == 302
    guest = Registration.objects.get(email="gerrit@example.org")
    assert guest.status == Status.PENDING
    assert "Bevestig uw inschrijving" in mailoutbox[0].subject
    link = reverse("events:registration", args=[registration_token(guest)])
    assert link in mailoutbox[0].body
    # Unconfirmed, the place is still free: a member takes it.
    client.force_login(anna)
    client.post(register_url(session))
    assert Registration.objects.get(user=anna).status == Status.REGISTERED
    client.logout()
    # GET only shows the page; POST confirms. The session is full by now: the waiting list.
    assert "Inschrijving bevestigen" in client.get(link).content.decode()
    guest.refresh_from_db()
    assert guest.status == Status.PENDING
    sent(client.post, link, {"move": "confirm"})
    guest.refresh_from_db()
    assert guest.status == Status.WAITING


def test_guest_form_with_bad_input_gets_a_message(client, session):
    response = client.post(register_url(session), {"name": " ", "email": "geen-adres"})
    assert response.status_code == 400
    content = response.content.decode()
    errors = response.context["form"].errors
    assert set(errors) == {"name", "email"}
    assert escape(errors["name"][0]) in content
    assert "Voer een geldig e-mailadres in." in content
    assert not Registration.objects.exists()


def test_guest_registrations_are_rate_limited(client, session):
    cache.clear()
    for number in range(6):
        response = client.post(
            register_url(session),
            {"name": f"Gast {number}", "email": f"gast{number}@example.org"},
            follow=True,
        )
    assert Registration.objects.count() == 5
    assert "Te veel aanmeldingen" in response.content.decode()
    cache.clear()


def test_no_registration_after_the_deadline(client, session, anna):
    page = session.page
    page.registration_deadline = timezone.now() - timedelta(hours=1)
    page.save()
    client.force_login(anna)
    response = client.post(register_url(session), follow=True)
    assert "Aanmelden voor deze bijeenkomst is gesloten." in response.content.decode()
    assert not Registration.objects.exists()


def test_unknown_session_and_bad_token_are_404(client, session):
    assert client.post(reverse("events:register", args=[999999])).status_code == 404
    assert client.get(reverse("events:registration", args=["vals:token"])).status_code == 404
    assert client.get(reverse("events:registration_ics", args=["12"])).status_code == 404
    assert client.get(reverse("events:feed", args=["vals"])).status_code == 404


def test_register_is_post_only(client, session):
    assert client.get(register_url(session)).status_code == 405
