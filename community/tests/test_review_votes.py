"""Helpful votes on reviews: only members verified for a school cast them."""

import pytest
from django.urls import reverse

from community.models import HelpfulVote

from .factories import SchoolFactory, member
from .reviewing import add_review, offer_html, verified_member

pytestmark = pytest.mark.django_db


def test_only_members_verified_for_a_school_vote_helpful(client, offer, school):
    review = add_review(offer, 4, school=school, author=verified_member(school))
    url = reverse("community:review_helpful", args=[review.pk])
    no_school = member()
    client.force_login(no_school)
    assert 'action="' + url not in offer_html(client, offer)

    response = client.post(url)

    assert response.status_code == 403
    assert "Alleen scholen kunnen stemmen" in response.content.decode()
    assert not HelpfulVote.objects.exists()

    client.force_login(verified_member(SchoolFactory(name="De Fontein")))
    assert 'action="' + url in offer_html(client, offer)
    client.post(url)
    assert HelpfulVote.objects.count() == 1


def test_a_member_never_gets_the_copy_kept_for_visitors(client, offer, school):
    """Visitors share a copy of an offer's reviews (core.sections); a member's holds their
    vote button and is rendered for them."""
    review = add_review(offer, 4, school=school, author=verified_member(school))
    url = reverse("community:review_helpful", args=[review.pk])
    visitor = offer_html(client, offer)
    assert "Log in om aan te geven of u dit nuttig vond" in visitor
    assert visitor == offer_html(client, offer)

    client.force_login(verified_member(SchoolFactory(name="De Fontein")))
    page = offer_html(client, offer)
    assert 'action="' + url in page
    assert "Log in om aan te geven of u dit nuttig vond" not in page

    client.logout()
    assert 'action="' + url not in offer_html(client, offer)
