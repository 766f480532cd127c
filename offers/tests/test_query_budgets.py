"""Query budgets of the catalogue: listings ≤ 15 SQL queries, the calendar ≤ 10, an offer page
≤ 12, each the same however many offers, sessions and terms there are. Measured on the second
view (the header's menu, the footer and the taxonomy tables come from the caches until
something is published)."""

from datetime import timedelta

import pytest
from django.utils import timezone

from core.models import LearningArea, TargetGroup, Theme
from core.tests.queries import queries_for
from offers.tests.factories import OfferPageFactory, add_session, aware, dutch, region
from search.indexing import index_instance

pytestmark = pytest.mark.django_db

OFFER_BUDGET = 12
LISTING_BUDGET = 15
CALENDAR_BUDGET = 10


def add_offers(provider, count, rich):
    offers = []
    for n in range(count):
        extra = {}
        if rich:
            extra = {
                "themes": [dutch(Theme, "verrijkte-schooldag"), dutch(Theme, "gezonde-basis")],
                "target_groups": [dutch(TargetGroup, "groep-5-6"), dutch(TargetGroup, "groep-7-8")],
                "learning_areas": [dutch(LearningArea, "techniek")],
                "reach": "local",
                "regions": [region("eemsdelta-gm1979"), region("rotterdam-gm0599")],
            }
        offer = OfferPageFactory(parent=provider, **extra)
        for month in range(1, 4 if rich else 2):
            add_session(offer, aware(2025, 9 + month, 1 + n % 20))
        # Sessions to come: the offer page counts their booked places.
        add_session(offer, timezone.now() + timedelta(days=30 + n), capacity=20)
        index_instance(offer)
        offers.append(offer)
    return offers


def measure(client, offer, catalogue_url):
    return {
        "offer": queries_for(client, offer.url),
        "catalogue": queries_for(client, catalogue_url),
        "filtered": queries_for(client, catalogue_url + "?thema=verrijkte-schooldag"),
        "calendar": queries_for(client, "/kalender/?schooljaar=2025-2026"),
    }


def test_offer_pages_listings_and_calendar_stay_within_budget(client, catalogue):
    provider, index = catalogue["provider"], catalogue["index"]
    first = add_offers(provider, 2, rich=False)[0]
    small = measure(client, first, index.url)
    rich = add_offers(provider, 15, rich=True)[0]
    large = measure(client, rich, index.url)

    assert large == small
    assert large["offer"] <= OFFER_BUDGET
    assert large["catalogue"] <= LISTING_BUDGET
    assert large["filtered"] <= LISTING_BUDGET
    assert large["calendar"] <= CALENDAR_BUDGET
