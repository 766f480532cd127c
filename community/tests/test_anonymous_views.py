"""An anonymous visitor's view of an offer with reviews sets no cookie (so the page cache may
keep it); a member still gets the "nuttig" button."""

import pytest
from django.urls import reverse

from offers.tests.factories import OfferPageFactory, ProviderIndexPageFactory, ProviderPageFactory

from .factories import SchoolFactory, member
from .reviewing import add_review

pytestmark = pytest.mark.django_db


@pytest.fixture
def offer(home_pages, taxonomy):
    home_nl, _home_en = home_pages
    index = ProviderIndexPageFactory(parent=home_nl)
    provider = ProviderPageFactory(parent=index, title="Techniekpunt")
    return OfferPageFactory(parent=provider, title="Robotles")


def test_anonymous_offer_page_with_reviews_sets_no_cookie(client, offer):
    add_review(offer, 5, text="Een feest van herkenning.")
    response = client.get(offer.url)
    assert response.status_code == 200
    page = response.content.decode()
    assert "Een feest van herkenning." in page
    assert not response.cookies  # no csrftoken, no session
    assert 'name="csrfmiddlewaretoken"' not in page
    assert "Log in om aan te geven of u dit nuttig vond" in page
    assert reverse("account_login") in page


def test_member_sees_the_helpful_button(client, offer):
    review = add_review(offer, 4, text="Goed voorbereid.")
    voter = member()
    voter.profile.verify_for(SchoolFactory())  # members of a school may vote
    client.force_login(voter)
    page = client.get(offer.url).content.decode()
    assert reverse("community:review_helpful", args=[review.pk]) in page
    assert "Log in om aan te geven" not in page
