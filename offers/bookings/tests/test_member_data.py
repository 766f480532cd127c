"""A member's requests and messages: in the data export, anonymised when the account is
deleted, and mail only to a contact address its owner confirmed (issue 21, finding 15)."""

import json

import pytest
from django.urls import reverse

from offers.bookings import transitions
from offers.bookings.choices import Side
from offers.bookings.emails import recipients

pytestmark = pytest.mark.django_db


def test_the_export_holds_the_members_requests_and_messages(client, ask, session, teacher):
    booking = ask(session=session, contact_phone="050 123 4567")
    transitions.post_message(teacher, booking, "Wij nemen een lunch mee.")
    client.force_login(teacher)
    data = json.loads(client.get(reverse("community:export_data")).content)
    [request] = data["requests"]
    assert request["contact_email"] == "juf@wierde.example"
    assert request["contact_phone"] == "050 123 4567"
    assert request["message"] == "Wij willen graag met groep 5 en 6 komen."
    assert "Wij nemen een lunch mee." in [m["text"] for m in data["request_messages"]]


def test_deleting_the_account_removes_the_contact_from_its_requests(
    client, ask, session, teacher, provider_member
):
    booking = ask(session=session, contact_phone="050 123 4567")
    client.force_login(teacher)
    client.post(reverse("community:delete_account"), {"confirm": "on"})
    assert not type(teacher).objects.filter(pk=teacher.pk).exists()
    booking.refresh_from_db()
    assert (booking.contact_name, booking.contact_email, booking.contact_phone) == ("", "", "")
    assert booking.message == ""
    client.force_login(provider_member)
    page = client.get(reverse("bookings:detail", args=[booking.pk])).content.decode()
    for secret in ("Juf Anna", "juf@wierde.example", "050 123 4567", "groep 5 en 6 komen"):
        assert secret not in page


def test_no_mail_to_a_contact_address_nobody_confirmed(ask, session, teacher):
    booking = ask(session=session, contact_email="iemand@elders.example")
    addresses = [address for address, *_rest in recipients(booking, Side.SCHOOL)]
    assert "iemand@elders.example" not in addresses
    assert teacher.email.lower() in addresses
