"""The offer page's dates and the calendar's data are kept in the cache between requests
(offers.models.sessions.kept_with_places, offers.calendar.calendar_data): a school's request,
a declined one, a new date and a newly indexed offer show at once, and a date that has ended
is shown as past without anything changing."""

from datetime import timedelta
from decimal import Decimal

import pytest
from django.urls import reverse
from django.utils import timezone

from offers.tests.factories import OfferPageFactory, add_session, booking_request
from search.indexing import index_instance

pytestmark = pytest.mark.django_db


def text(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return response.content.decode()


@pytest.fixture
def offer(catalogue):
    page = OfferPageFactory(
        parent=catalogue["provider"],
        title="Robots bouwen",
        is_free=False,
        capacity_unit="pupils",
        price=Decimal("12.50"),
        price_unit="pupil",
    )
    index_instance(page)
    return page


def test_the_offer_page_counts_a_request_and_frees_its_places_when_declined(client, offer, school):
    start = timezone.now() + timedelta(days=20)
    session = add_session(offer, start, capacity=60)
    assert "60 plaatsen vrij" in text(client, offer.url)
    assert "60 plaatsen vrij" in text(client, offer.url)  # kept

    request = booking_request(school, offer, status="new", session=session, pupils=28)
    assert "32 plaatsen vrij" in text(client, offer.url)

    request.status = "declined"
    request.save()
    assert "60 plaatsen vrij" in text(client, offer.url)

    booking_request(school, offer, status="accepted", session=session, pupils=30)
    request.delete()
    assert "30 plaatsen vrij" in text(client, offer.url)


def test_a_new_date_shows_at_once_on_the_offer_page_and_in_the_calendar(client, offer):
    first = timezone.now() + timedelta(days=20)
    add_session(offer, first, capacity=25, place="Bibliotheek Noord")
    index_instance(offer)
    calendar = reverse("offers:calendar")
    assert "Bibliotheek Noord" in text(client, offer.url)
    assert "Robots bouwen" in text(client, calendar)

    add_session(offer, first + timedelta(days=7), capacity=25, place="Wijkcentrum De Kolk")
    assert "Wijkcentrum De Kolk" in text(client, offer.url)
    assert text(client, calendar).count("Robots bouwen") == 2


def test_an_offer_indexed_after_the_calendar_was_kept_appears_in_it(client, catalogue, offer):
    start = timezone.now() + timedelta(days=20)
    add_session(offer, start, capacity=25)
    index_instance(offer)
    # Published with a date, not yet in the search index (indexing runs as a task).
    other = OfferPageFactory(parent=catalogue["provider"], title="Muziek maken")
    add_session(other, start + timedelta(days=1), capacity=25)
    calendar = reverse("offers:calendar")
    assert "Muziek maken" not in text(client, calendar)

    index_instance(other)  # only the index changes
    assert "Muziek maken" in text(client, calendar)


def test_a_date_that_ends_while_kept_is_shown_as_past(client, offer, monkeypatch):
    start = timezone.now() + timedelta(hours=1)
    add_session(offer, start, hours=2, capacity=25)
    assert "25 plaatsen vrij" in text(client, offer.url)

    later = timezone.now() + timedelta(hours=4)
    monkeypatch.setattr(timezone, "now", lambda: later)
    page = text(client, offer.url)
    assert "Afgelopen" in page
    assert "25 plaatsen vrij" not in page


def test_a_visitors_copy_of_the_offer_page_counts_a_new_request(client, offer, school, settings):
    settings.PAGE_CACHE_ENABLED = True
    session = add_session(offer, timezone.now() + timedelta(days=20), capacity=60)
    client.get(offer.url)
    kept = client.get(offer.url)
    assert kept["X-Page-Cache"] == "hit"
    assert "60 plaatsen vrij" in kept.content.decode()

    booking_request(school, offer, status="new", session=session, pupils=28)
    assert "32 plaatsen vrij" in text(client, offer.url)
