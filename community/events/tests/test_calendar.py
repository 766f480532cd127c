"""Calendar files: one per registration, and a member's feed; the online link only for people
with a place."""

import pytest
from django.urls import reverse
from icalendar import Calendar

from .. import signup
from ..tokens import feed_token, registration_token
from .conftest import make_event

pytestmark = pytest.mark.django_db


def parse(response):
    assert response["Content-Type"] == "text/calendar"
    return list(Calendar.from_ical(response.content).walk("VEVENT"))


def test_ics_of_a_registration_parses_back(client, session, anna):
    registration, _ = signup.register_member(session.pk, anna, "nl")
    response = client.get(
        reverse("events:registration_ics", args=[registration_token(registration)])
    )
    (event,) = parse(response)
    assert str(event["summary"]) == "Netwerkbijeenkomst Eemsdelta"
    assert event.decoded("dtstart") == session.start.replace(microsecond=0) or (
        event.decoded("dtstart").timestamp() == pytest.approx(session.start.timestamp(), abs=1)
    )
    assert str(event["location"]) == "Het Schoolhuis"


def test_online_link_only_for_registered_people(client, index, anna, bram):
    webinar = make_event(
        index,
        "Webinar ouderbetrokkenheid",
        kind="webinar",
        place="",
        online_url="https://meet.example/abc",
    )
    session = webinar.sessions.get()
    assert "meet.example/abc" not in client.get(webinar.url).content.decode()
    client.force_login(bram)
    assert "meet.example/abc" not in client.get(webinar.url).content.decode()
    registration, _ = signup.register_member(session.pk, anna, "nl")
    client.force_login(anna)
    assert "meet.example/abc" in client.get(webinar.url).content.decode()
    (event,) = parse(
        client.get(reverse("events:registration_ics", args=[registration_token(registration)]))
    )
    assert str(event["url"]) == "https://meet.example/abc"


def test_personal_feed_lists_my_registrations(client, index, session, anna, bram):
    other = make_event(index, "Veranderlab Groningen", kind="veranderlab", days=10)
    signup.register_member(session.pk, anna, "nl")
    signup.register_member(other.sessions.get().pk, anna, "nl")
    signup.register_member(other.sessions.get().pk, bram, "en")
    client.force_login(anna)
    page = client.get(reverse("events:mine"))
    assert "Veranderlab Groningen" in page.content.decode()
    client.logout()  # a calendar app has no login: the signed link is the key
    response = client.get(reverse("events:feed", args=[feed_token(anna)]))
    titles = sorted(str(e["summary"]) for e in parse(response))
    assert titles == ["Netwerkbijeenkomst Eemsdelta", "Veranderlab Groningen"]


def test_my_events_needs_a_login(client):
    response = client.get(reverse("events:mine"))
    assert response.status_code == 302


def test_the_english_page_counts_the_same_places(client, session, anna, bram):
    from wagtail.models import Locale

    english = session.page.copy_for_translation(
        Locale.objects.get(language_code="en"), copy_parents=True
    )
    english.save_revision().publish()
    signup.register_member(session.pk, anna, "nl")
    client.force_login(bram)
    content = client.get(english.url).content.decode()
    assert "Join the waiting list" in content
    assert f'action="/en/events/session/{session.pk}/register/"' in content
