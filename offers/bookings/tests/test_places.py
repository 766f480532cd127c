"""Places counted in groups or in pupils, and the price for the group, as a school books a date.

Issue 20: sessions counted pupils only, so a class of 28 could not book a session with "3
places" that the provider meant as three classes.
"""

import json
import re
from datetime import timedelta
from decimal import Decimal
from html import unescape
from pathlib import Path

import pytest
from django.urls import reverse
from django.utils import timezone, translation

from offers.bookings import transitions
from offers.bookings.choices import Status
from offers.bookings.models import BookingRequest
from offers.bookings.transitions import TransitionError
from offers.demo.catalogue import session_capacity
from offers.tests.factories import FundingSchemePageFactory, OfferPageFactory, add_session

from .conftest import request_fields

pytestmark = pytest.mark.django_db

CLASS = 28


def link(html, text):
    """The href of the link whose text is `text`: what a click on it opens."""
    for href, label in re.findall(r'<a [^>]*href="([^"]+)"[^>]*>(.*?)</a>', html, re.S):
        if re.sub(r"<[^>]+>", "", label).strip() == text:
            return unescape(href)
    raise AssertionError(f"no link {text!r}")


@pytest.fixture
def museum(catalogue):
    scheme = FundingSchemePageFactory(parent=catalogue["funding"], title="Cultuurkaart")
    return OfferPageFactory(
        parent=catalogue["provider"],
        title="Robots in het museum",
        is_free=False,
        price=Decimal("8.50"),
        price_unit="pupil",
        funding_schemes=[scheme],
    )


def test_a_class_of_28_books_a_listed_date_in_two_clicks_and_the_provider_accepts(
    client, teacher, school, museum, provider_member
):
    # The offer counts groups (the default of a new offer): two classes fit this morning.
    session = add_session(museum, timezone.now() + timedelta(days=14), capacity=2)
    client.force_login(teacher)
    page = client.get(museum.url).content.decode()
    assert "2 groepen vrij" in page

    # Click 1: "Aanvragen voor uw school"; the first free date is chosen already.
    form_url = link(page, "Aanvragen voor uw school")
    form = client.get(form_url).content.decode()
    assert re.search(rf'value="{session.pk}"[^>]*checked', form)
    assert "2 groepen vrij" in form
    assert "Cultuurkaart" in form  # who may pay it

    # Click 2: send it, with the class's size and a word to the provider typed in.
    fields = request_fields(pupils=str(CLASS), session=str(session.pk), school=school.pk)
    response = client.post(form_url, fields)
    assert response.status_code == 302
    booking = BookingRequest.objects.get()
    detail = client.get(response["Location"]).content.decode()
    assert "€ 238,00 voor 28 leerlingen (€ 8,50 per leerling)" in detail
    assert "Cultuurkaart" in detail
    assert "1 groep vrij" in client.get(museum.url).content.decode()

    client.force_login(provider_member)
    detail = client.get(reverse("bookings:detail", args=[booking.pk])).content.decode()
    assert "€ 238,00 voor 28 leerlingen" in detail
    response = client.post(reverse("bookings:action", args=[booking.pk, "accept"]))
    assert response.status_code == 302
    booking.refresh_from_db()
    assert booking.status == Status.ACCEPTED


def test_a_session_of_one_group_takes_one_class_of_any_size(
    teacher, school, museum, other_teacher, other_school
):
    session = add_session(museum, timezone.now() + timedelta(days=14), capacity=1)
    transitions.create_request(
        teacher, school, museum, **request_fields(session=session, pupils=CLASS)
    )
    with pytest.raises(TransitionError, match="intussen vol"):
        transitions.create_request(
            other_teacher, other_school, museum, **request_fields(session=session, pupils=12)
        )


def test_a_session_counting_pupils_takes_classes_until_its_pupils_are_used(
    teacher, school, museum, other_teacher, other_school
):
    museum.capacity_unit = "pupils"
    museum.save()
    session = add_session(museum, timezone.now() + timedelta(days=14), capacity=60)
    transitions.create_request(
        teacher, school, museum, **request_fields(session=session, pupils=CLASS)
    )
    transitions.create_request(
        other_teacher, other_school, museum, **request_fields(session=session, pupils=CLASS)
    )
    session.refresh_from_db()
    assert session.places_text == "4 plaatsen vrij"
    with translation.override("en"):
        assert session.places_text == "4 places left"


def test_free_places_in_groups_read_in_english(museum):
    session = add_session(museum, timezone.now() + timedelta(days=14), capacity=2)
    with translation.override("en"):
        assert session.places_text == "2 groups left"
        session.capacity = 1
        assert session.places_text == "1 group left"


def test_the_price_for_the_group_per_group_and_free(museum):
    assert museum.price_for(CLASS) == Decimal("238.00")
    museum.price_unit = "group"
    museum.price = Decimal("95.00")
    assert museum.price_for(CLASS) == Decimal("95.00")
    assert museum.group_price_text(CLASS) == "€ 95,00 per groep"
    museum.is_free = True
    assert museum.price_for(CLASS) == Decimal("0.00")
    assert museum.group_price_text(CLASS) == "Gratis"


def test_every_demo_session_can_take_a_class_of_28():
    path = Path(__file__).resolve().parents[2] / "demo" / "data" / "offers.json"
    for index, data in enumerate(json.loads(path.read_text())):
        for number in range(data.get("sessions", 0)):
            places = session_capacity(data, index, number)
            needed = CLASS if data.get("capacity_unit") == "pupils" else 1
            assert places >= needed, data["slug"]
            if data.get("capacity_unit") != "pupils":
                assert 1 <= places <= 3, data["slug"]
