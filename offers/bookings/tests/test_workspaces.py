"""Mijn school and Mijn aanbod: the right counts, the CSV, and queries that do not grow."""

import csv
import io
import re
from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone, translation

from offers.bookings import transitions
from offers.bookings.models import BookingRequest

pytestmark = pytest.mark.django_db


def in_the_past(booking):
    past = timezone.now() - timedelta(days=2)
    BookingRequest.objects.filter(pk=booking.pk).update(start=past - timedelta(hours=2), end=past)


@pytest.fixture
def requests_in_every_state(ask, session, provider_member, teacher, future_dates):
    """One request in each state a workspace groups by."""
    new = ask(session=session, pupils=2)
    proposed = ask(date_option_1=future_dates[0], pupils=2)
    transitions.propose(provider_member, proposed, *_moment(40))
    planned = ask(session=session, pupils=3)
    transitions.accept(provider_member, planned)
    to_confirm = ask(session=session, pupils=4)
    transitions.accept(provider_member, to_confirm)
    in_the_past(to_confirm)
    done = ask(session=session, pupils=5)
    transitions.accept(provider_member, done)
    in_the_past(done)
    transitions.confirm(teacher, done, held=True)
    declined = ask(session=session, pupils=2)
    transitions.decline(provider_member, declined, "Vol.")
    return {"new": new, "planned": planned, "to_confirm": to_confirm, "done": done}


def _moment(days):
    start = timezone.now() + timedelta(days=days)
    return start, start + timedelta(hours=2)


def test_mijn_school_counts_requests_by_state(client, teacher, requests_in_every_state):
    client.force_login(teacher)
    response = client.get(reverse("bookings:my_school"))
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]
    html = response.content.decode()
    # Issue 20: only what waits for the school counts as waiting for its answer.
    assert "1 aanvraag wacht op uw antwoord" in html  # the provider's proposal
    assert "1 aanvraag wacht op de aanbieder" in html  # the new request
    assert "1 activiteit gepland" in html
    assert "1 activiteit om te bevestigen" in html
    assert "1 beoordeling te schrijven" in html


def test_mijn_aanbod_shows_the_inbox_bookings_and_offer_counts(
    client, provider_member, requests_in_every_state, offer
):
    client.force_login(provider_member)
    response = client.get(reverse("bookings:my_offers"))
    assert response.status_code == 200
    html = response.content.decode()
    assert "1 aanvraag wacht op uw antwoord" in html  # the new one; not the proposal
    assert "1 aanvraag wacht op de school" in html
    assert "Wacht op uw antwoord <span" in html and "Wacht op de school <span" in html
    assert "1 activiteit gepland" in html
    assert reverse("wagtailadmin_pages:edit", args=[offer.pk]) in html
    # 6 requests, 1 new (the proposal waits for the school), 3 booked (planned, to confirm,
    # done) with 3 + 4 + 5 pupils.
    cells = re.sub(r"<td [^>]*>", "<td>", html.replace("\n", ""))  # data-label for phones
    assert "<td>6</td><td>1</td><td>3</td><td>12</td>" in cells


@pytest.mark.parametrize(
    ("url", "who", "status"),
    [
        ("bookings:my_school", "anonymous", 302),
        ("bookings:my_school", "stranger", 403),
        ("bookings:my_school", "provider_member", 403),
        ("bookings:my_school", "teacher", 200),
        ("bookings:my_offers", "anonymous", 302),
        ("bookings:my_offers", "stranger", 403),
        ("bookings:my_offers", "teacher", 403),
        ("bookings:my_offers", "provider_member", 200),
        ("bookings:bookings_csv", "anonymous", 302),
        ("bookings:bookings_csv", "teacher", 403),
        ("bookings:bookings_csv", "provider_member", 200),
    ],
)
def test_who_opens_each_workspace(client, url, who, status, request):
    if who != "anonymous":
        client.force_login(request.getfixturevalue(who))
    assert client.get(reverse(url)).status_code == status


def test_the_bookings_export_lists_booked_requests_and_defuses_formulas(
    client, provider_member, ask, session
):
    booking = ask(session=session, groups="=HYPERLINK(1)")
    transitions.accept(provider_member, booking)
    ask(session=session, pupils=2)  # new: not a booking yet
    client.force_login(provider_member)
    response = client.get(reverse("bookings:bookings_csv"))
    assert response["Content-Type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig")), delimiter=";"))
    assert rows[0][:2] == ["aanbod", "school"]
    assert len(rows) == 2
    assert rows[1][0] == "Robots bouwen" and rows[1][6] == "'=HYPERLINK(1)"


def test_another_provider_sees_none_of_these_requests(client, ask, session, catalogue):
    from offers.tests.factories import ProviderPageFactory
    from schools.tests.factories import member

    ask(session=session)
    other = ProviderPageFactory(parent=catalogue["index"], title="Natuurschool")
    user = member(user__email="info@natuurschool.example")
    user.profile.provider_page = other
    user.profile.save()
    client.force_login(user)
    html = client.get(reverse("bookings:my_offers")).content.decode()
    assert "0 aanvragen wachten op uw antwoord" in html
    assert "OBS De Wierde" not in html


def _queries(client, url):
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


def test_workspace_queries_do_not_grow_with_the_number_of_requests(
    client, ask, session, teacher, provider_member, future_dates
):
    def add(count):
        for _ in range(count):
            booking = ask(date_option_1=future_dates[0], pupils=1)
            transitions.decline(provider_member, booking, "Nee.")
            planned = ask(session=session, pupils=1)
            transitions.accept(provider_member, planned)

    add(1)
    for user, url in ((teacher, "bookings:my_school"), (provider_member, "bookings:my_offers")):
        client.force_login(user)
        _queries(client, reverse(url))  # warm per-process caches
    counts = {}
    for user, url in ((teacher, "bookings:my_school"), (provider_member, "bookings:my_offers")):
        client.force_login(user)
        counts[url] = _queries(client, reverse(url))
    add(6)
    for user, url in ((teacher, "bookings:my_school"), (provider_member, "bookings:my_offers")):
        client.force_login(user)
        assert _queries(client, reverse(url)) == counts[url], url


def test_the_school_calendar_feed_holds_the_agreed_activities(
    client, teacher, school, ask, session, provider_member
):
    from icalendar import Calendar

    from offers.models import SchoolPlanFeed

    booking = ask(session=session)
    transitions.accept(provider_member, booking)
    ask(session=session, pupils=2)  # not accepted: not in the calendar
    feed = SchoolPlanFeed.for_school(school)
    response = client.get(reverse("offers:school_feed", args=[feed.token]))
    events = Calendar.from_ical(response.content).walk("VEVENT")
    assert [str(event["summary"]) for event in events] == ["Robots bouwen"]
    assert events[0].decoded("dtstart") == session.start.replace(microsecond=0)


def test_english_workspaces_name_offers_in_english_and_say_requests(
    client, teacher, provider_member, ask, session, offer, locales
):
    """An English reader saw "Request 'Robots bouwen'" and "Applying" over the requests while
    the offer's English page existed."""
    english = offer.copy_for_translation(locales[1], copy_parents=True)
    english.title, english.slug = "Build robots", "build-robots"
    english.save_revision().publish()
    booking = ask(session=session)
    transitions.accept(provider_member, booking)

    with translation.override("en"):
        school_url, offers_url = reverse("bookings:my_school"), reverse("bookings:my_offers")
    client.force_login(teacher)
    html = client.get(school_url).content.decode()
    assert "Build robots" in html and "Robots bouwen" not in html
    client.force_login(provider_member)
    html = client.get(offers_url).content.decode()
    assert "Build robots" in html and "Robots bouwen" not in html
    assert "Requests</h2>" in html and "Applying" not in html
