"""Pieces of the catalogue, the calendar and the offer page kept in the shared cache
(core.fragments), and the offer page's dates and the calendar's data kept between requests
(offers.models.sessions.kept_with_places, offers.calendar.calendar_data): what a visitor sees
after a change is the change, never an old piece, a date that has ended is shown as past
without anything changing, and a draft shown to its editor never becomes what visitors see."""

from datetime import timedelta
from decimal import Decimal

import pytest
from django.urls import reverse
from django.utils import timezone

from offers.tests.factories import OfferPageFactory, add_session, booking_request
from search.indexing import index_instance

pytestmark = pytest.mark.django_db


def text(client, url, **headers):
    response = client.get(url, **headers)
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


def test_a_catalogue_card_shows_the_new_price_once_the_offer_is_published_again(
    client, catalogue, offer, django_capture_on_commit_callbacks
):
    url = catalogue["index"].url
    assert "€ 12,50" in text(client, url)
    assert "€ 12,50" in text(client, url)  # the card from the cache

    offer.price = Decimal("20.00")
    with django_capture_on_commit_callbacks(execute=True):
        offer.save_revision().publish()
    index_instance(offer)

    page = text(client, url)
    assert "€ 20,00" in page
    assert "€ 12,50" not in page


def test_a_calendar_line_counts_a_request_made_after_it_was_kept(client, catalogue, offer, school):
    start = timezone.now() + timedelta(days=20)
    session = add_session(offer, start, capacity=60)
    index_instance(offer)
    url = reverse("offers:calendar")
    assert "60 plaatsen vrij" in text(client, url)
    assert "60 plaatsen vrij" in text(client, url)

    booking_request(school, offer, status="new", session=session, pupils=28, start=start)

    page = text(client, url)
    assert "32 plaatsen vrij" in page
    assert "60 plaatsen vrij" not in page


def test_the_offer_page_shows_its_new_text_after_a_publish(
    client, offer, django_capture_on_commit_callbacks
):
    url = offer.url
    assert "Robots bouwen" in text(client, url)
    offer.summary = "Leerlingen bouwen en programmeren hun eigen robot."
    with django_capture_on_commit_callbacks(execute=True):
        offer.save_revision().publish()
    assert "Leerlingen bouwen en programmeren hun eigen robot." in text(client, url)


@pytest.mark.parametrize("live_first", [True, False])
def test_a_draft_in_preview_never_reaches_visitors(client, offer, live_first):
    # Wagtail previews on the site's host name; the visitors here come to the same host.
    host = {"HTTP_HOST": offer.get_site().hostname}
    if live_first:
        assert "Robots bouwen" in text(client, offer.url, **host)

    offer.title = "Concepttitel nog niet gepubliceerd"
    offer.summary = "Een samenvatting in concept."
    preview = offer.make_preview_request()
    assert "Concepttitel nog niet gepubliceerd" in preview.content.decode()
    assert "Een samenvatting in concept." in preview.content.decode()

    live = text(client, offer.url, **host)
    assert "Robots bouwen" in live
    assert "Concepttitel" not in live
    assert "Een samenvatting in concept." not in live


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
