"""Helpers of the review tests: a verified member, a run offer, posting and reading reviews."""

from datetime import date, timedelta

from django.urls import reverse

from community.models import Review
from offers.models import OfferPage, ShortlistItem
from search.models import SearchEntry

from .factories import SchoolFactory, member


def verified_member(school, **fields):
    user = member(**fields)
    user.profile.verify_for(school)
    return user


def ran(school, offer, status="done", planned_date=None):
    """Put `offer` on the school's shortlist as run (what unlocks the school's review)."""
    if planned_date is None:
        planned_date = date.today() - timedelta(days=7)
    return ShortlistItem.objects.create(
        school=school, offer=offer, status=status, planned_date=planned_date
    )


def stored(offer):
    return OfferPage.objects.get(pk=offer.pk)


def entry(offer):
    return SearchEntry.objects.get(key=f"page:{offer.pk}")


def post_review(client, offer, rating=4, text="De kinderen deden enthousiast mee.", **extra):
    return client.post(
        reverse("community:review_form", args=[offer.pk]),
        {"rating": rating, "text": text, **extra},
    )


def add_review(offer, rating, school=None, author=None, text="Goed aanbod.", **fields):
    return Review.objects.create(
        offer=offer,
        school=school or SchoolFactory(),
        author=author,
        rating=rating,
        text=text,
        **fields,
    )


def offer_html(client, offer, query=""):
    response = client.get(offer.url + query)
    assert response.status_code == 200
    return response.content.decode()
