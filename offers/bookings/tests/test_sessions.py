"""Sessions with capacity: full and past states, and past sessions left out of match reasons."""

from datetime import timedelta

import pytest
from django.utils import timezone

from offers.bookings import transitions
from offers.conditions import NeedContext
from offers.models import NeedProfile
from offers.needs.reasons import sessions_in_period
from offers.tests.factories import add_session, dutch
from search.indexing import index_instance

pytestmark = pytest.mark.django_db


def test_a_past_session_is_not_used_in_the_match_reasons(offer, school):
    from core.models import TargetGroup, Theme

    past = add_session(offer, timezone.now() - timedelta(days=20), capacity=30)
    coming = add_session(offer, timezone.now() + timedelta(days=20), capacity=30)
    need = NeedProfile.objects.create(school=school, title="Techniek in groep 5 en 6")
    need.themes.set([dutch(Theme, "verrijkte-schooldag")])
    need.target_groups.set([dutch(TargetGroup, "groep-5-6")])
    context = NeedContext.build(need)
    assert past.start.date() >= context.period[0]  # inside the school year the need covers
    assert sessions_in_period(context, offer) == [coming]


def test_the_offer_page_marks_past_and_full_sessions(client, offer, ask):
    add_session(offer, timezone.now() - timedelta(days=3), capacity=30)
    full = add_session(offer, timezone.now() + timedelta(days=5), capacity=24)
    ask(session=full, pupils=24)
    html = client.get(offer.url).content.decode()
    assert "Afgelopen" in html and "Vol" in html


def test_the_calendar_counts_free_places_in_singular_and_plural(
    client, offer, ask, provider_member
):
    one_left = add_session(offer, timezone.now() + timedelta(days=5), capacity=25)
    transitions.accept(provider_member, ask(session=one_left, pupils=24))
    add_session(offer, timezone.now() + timedelta(days=6), capacity=30)
    index_instance(offer)
    html = " ".join(client.get("/kalender/").content.decode().split())
    assert "1 plaats vrij)" in html
    assert "30 plaatsen vrij)" in html
