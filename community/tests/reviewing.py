"""Helpers of the review tests: a verified member, a run offer, posting and reading reviews."""

from datetime import timedelta

from django.urls import reverse
from django.utils import timezone

from community.models import Review
from offers.bookings.models import BookingRequest
from offers.models import OfferPage
from search.models import SearchEntry

from .factories import SchoolFactory, member


def verified_member(school, **fields):
    user = member(**fields)
    user.profile.verify_for(school)
    return user


def ran(school, offer, status="done", days_from_today=-7):
    """A request of the school for `offer` in `status` (a done one unlocks the review)."""
    start = timezone.now() + timedelta(days=days_from_today)
    return BookingRequest.objects.create(
        school=school,
        offer=offer,
        provider=offer.get_parent().specific,
        groups="groep 7",
        pupils=20,
        contact_name="Juf",
        contact_email="juf@school.example",
        message="Graag.",
        status=status,
        start=start,
        end=start + timedelta(hours=2),
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
