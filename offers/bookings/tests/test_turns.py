"""Whose turn it is on a request, and warnings about its dates and the offer's reach (issue 20)."""

from datetime import date, timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from core.holidays import holiday_on, holidays
from offers.bookings import transitions
from offers.bookings.choices import Side
from offers.bookings.warnings import day_warning
from offers.tests.factories import region

pytestmark = pytest.mark.django_db


def _moment(days):
    start = timezone.now() + timedelta(days=days)
    return start, start + timedelta(hours=2)


def test_each_request_says_whose_turn_it_is(client, ask, session, teacher, provider_member):
    booking = ask(session=session)
    assert booking.turn == Side.PROVIDER
    client.force_login(teacher)
    assert "Wacht op de aanbieder" in client.get(reverse("bookings:my_school")).text
    assert "Wacht op de aanbieder" in client.get(reverse("bookings:detail", args=[booking.pk])).text
    client.force_login(provider_member)
    assert "Uw beurt" in client.get(reverse("bookings:detail", args=[booking.pk])).text

    transitions.propose(provider_member, booking, *_moment(30))
    booking.refresh_from_db()
    assert booking.turn == Side.SCHOOL
    assert "Wacht op de school" in client.get(reverse("bookings:my_offers")).text
    client.force_login(teacher)
    assert "Uw beurt" in client.get(reverse("bookings:my_school")).text


def test_a_planned_request_is_nobodys_turn(ask, session, provider_member):
    booking = ask(session=session)
    transitions.accept(provider_member, booking)
    booking.refresh_from_db()
    assert booking.turn is None
    assert not booking.awaits(Side.SCHOOL) and not booking.awaits(Side.PROVIDER)


def _next(weekday, after):
    day = after
    while day.weekday() != weekday:
        day += timedelta(days=1)
    return day


def test_a_weekend_or_a_holiday_gets_a_warning():
    saturday = _next(5, date(2026, 1, 10))
    assert "weekend" in day_warning(saturday, "noord")
    public = next(
        h
        for h in holidays("noord")
        if h.start == h.end and h.start.weekday() < 5 and holiday_on(h.start, None) == h
    )
    assert public.label in day_warning(public.start, None)  # known without the school's region
    school_holiday = next(h for h in holidays("zuid") if h.end > h.start)
    monday = _next(0, school_holiday.start)
    if monday <= school_holiday.end:
        assert school_holiday.label in day_warning(monday, "zuid")
    assert day_warning(_next(1, date(2026, 3, 3)), "midden") is None


def test_the_request_page_warns_about_a_weekend_date_and_an_offer_out_of_reach(
    client, ask, teacher, offer, provider_member
):
    offer.reach = "local"
    offer.regions.set([region("rotterdam-gm0599")])
    offer.save()
    saturday = _next(5, timezone.localdate() + timedelta(days=10))
    booking = ask(date_option_1=saturday)
    client.force_login(provider_member)
    html = client.get(reverse("bookings:detail", args=[booking.pk])).text
    assert "valt in het weekend" in html
    assert "Rotterdam" in html and "valt daarbuiten" in html
    client.force_login(teacher)
    form = client.get(reverse("bookings:create", args=[offer.pk])).text
    assert "valt daarbuiten" in form
