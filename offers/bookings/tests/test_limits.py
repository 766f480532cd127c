"""Requests and messages are limited per member, and a form sent twice makes one request
(issue 21, finding 8)."""

import pytest
from django.core import mail
from django.urls import reverse

from offers.bookings.models import BookingRequest

from .test_views import form_data

pytestmark = pytest.mark.django_db


def _token(client, offer):
    form = client.get(reverse("bookings:create", args=[offer.pk]))
    token = form.context["form"].initial["submit_token"]
    assert f'value="{token}"' in form.content.decode()
    return token


def test_a_form_sent_twice_makes_one_request_and_one_mail(client, teacher, school, offer, session):
    client.force_login(teacher)
    url = reverse("bookings:create", args=[offer.pk])
    data = form_data(session, school=school.pk, submit_token=_token(client, offer))
    first = client.post(url, data)
    mails = len(mail.outbox)
    second = client.post(url, data)
    booking = BookingRequest.objects.get()
    assert first.status_code == second.status_code == 302
    assert second["Location"] == reverse("bookings:detail", args=[booking.pk])
    assert len(mail.outbox) == mails
    assert "Deze aanvraag was al verstuurd." in client.get(second["Location"]).content.decode()


def test_requests_are_limited_per_member(client, teacher, school, offer, session, settings):
    settings.BOOKING_REQUEST_RATE_LIMIT = 2
    client.force_login(teacher)
    url = reverse("bookings:create", args=[offer.pk])
    codes = [
        client.post(
            url, form_data(session, school=school.pk, pupils="2", submit_token=f"t{n}")
        ).status_code
        for n in range(3)
    ]
    assert codes == [302, 302, 429]
    assert BookingRequest.objects.count() == 2


def test_messages_are_limited_per_member(client, ask, session, provider_member, settings):
    settings.BOOKING_MESSAGE_RATE_LIMIT = 2
    booking = ask(session=session)
    client.force_login(provider_member)
    url = reverse("bookings:action", args=[booking.pk, "message"])
    codes = [client.post(url, {"message-text": f"Bericht {n}"}).status_code for n in range(3)]
    assert codes == [302, 302, 429]
    assert booking.events.filter(kind="message").count() == 2
