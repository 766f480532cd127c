"""The evidence ranking for constructed data: order and figures."""

import pytest

from offers.tests.factories import OfferPageFactory, booking_request

from ..evidence import aggregates, ranking

pytestmark = pytest.mark.django_db


def test_ranked_by_done_activities_then_schools_then_rating(catalogue, school, other_school, offer):
    provider = catalogue["provider"]
    rated = OfferPageFactory(parent=provider, title="Theater", rating_score=4.5, rating_count=8)
    unrated = OfferPageFactory(parent=provider, title="Dans")
    # Robots: three done by two schools, one school came back.
    booking_request(school, offer, status="done")
    booking_request(school, offer, status="done")
    booking_request(other_school, offer, status="done")
    booking_request(other_school, rated, status="done")
    booking_request(school, unrated, status="done")
    booking_request(school, unrated, status="cancelled")
    rows = ranking(with_demand=False)
    assert [(row.offer.title, row.done, row.schools, row.repeat) for row in rows] == [
        ("Robots bouwen", 3, 2, 1),
        ("Theater", 1, 1, 0),
        ("Dans", 1, 1, 0),
    ]
    assert aggregates(rows) == {"offers": 3, "done": 5, "with_done": 3, "repeat": 1}
