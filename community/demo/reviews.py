"""Demo reviews of demo offers by the schools of the demo members, with a provider reply.

Runs after the catalogue's demo step (core.demo.steps). Idempotent: a review is
found by offer and school, a vote by review and member, the reply by its review. A school may
only review an offer it ran, so each reviewing school gets a done request for the offer
(offers.bookings.demo, found by school and offer).
"""

from datetime import timedelta

from django.contrib.auth import get_user_model
from django.utils import timezone

from core.demo import load_data
from core.models import TargetGroup
from offers.bookings.demo import record_done_activity
from offers.bookings.models import BookingRequest, Status

from ..models import HelpfulVote, ProviderReply, Review
from ..models.reviews import offer_page_model
from .community import DOMAIN, link_providers

DATA = "community.demo"


def build_reviews_demo(context):
    model = offer_page_model()
    if model is None:
        return
    data = load_data(DATA, "reviews")
    users = {
        user.email.split("@")[0]: user
        for user in get_user_model()
        .objects.filter(email__endswith=f"@{DOMAIN}")
        .select_related("profile")
    }
    if "school" not in users:
        return
    # The community's step may have run before the catalogue existed (tests build it so).
    link_providers(users, context.log)
    reviewers = {row["member"] for row in data["reviews"]}
    for key in reviewers:
        profile = getattr(users.get(key), "profile", None)
        if profile is not None and profile.school_id and profile.verified_school_id is None:
            profile.verify_for(profile.school)
    offers = {
        page.slug: page
        for page in model.objects.filter(
            locale=context.locale_nl, slug__in={row["offer"] for row in data["reviews"]}
        )
    }
    groups = {g.slug: g for g in TargetGroup.objects.filter(locale=context.locale_nl)}
    now = timezone.now()
    reviews = {}
    added = 0
    for row in data["reviews"]:
        slug, key, days = row["offer"], row["member"], row["days_ago"]
        offer, user = offers.get(slug), users.get(key)
        school = getattr(getattr(user, "profile", None), "verified_school", None)
        if offer is None or school is None:
            continue
        review = Review.objects.filter(offer=offer, school=school).first()
        if review is None:
            review = Review.objects.create(
                offer=offer,
                school=school,
                author=user,
                rating=row["rating"],
                group=groups.get(row["group"]),
                ran_on=(now - timedelta(days=days + 7)).date(),
                text=row["text"],
                created=now - timedelta(days=days),
            )
            added += 1
        reviews[(slug, key)] = review
        _mark_as_run(school, offer, review.ran_on, user)
    for row in data["votes"]:
        review = reviews.get((row["offer"], row["member"]))
        for voter in row["voters"]:
            if review is not None and users.get(voter) is not None:
                HelpfulVote.objects.get_or_create(review=review, member=users[voter])
    for row in data["replies"]:
        _add_reply(reviews, users, row)
    context.log(f"Leercommunity: {added} beoordelingen toegevoegd")


def _mark_as_run(school, offer, day, user):
    """A done request: what lets the school review the offer (community.reviews)."""
    record_done_activity(school, offer, day, user)


def _add_reply(reviews, users, row):
    review = reviews.get((row["offer"], row["member"]))
    provider = users.get(row.get("author", "aanbieder"))
    if review is None or provider is None or ProviderReply.objects.filter(review=review).exists():
        return
    ProviderReply.objects.create(review=review, author=provider, text=row["text"])


def build_request_reviews(context):
    """The reviews that the demo requests (offers.bookings.demo, data/requests.json) name: the
    demo school reviews a request that took place. Runs after the requests' demo step."""
    added = 0
    for spec in load_data("offers.bookings.demo", "requests"):
        review = spec.get("review")
        if not review:
            continue
        booking = (
            BookingRequest.objects.filter(message=spec["message"], status=Status.DONE)
            .select_related("offer", "school", "created_by")
            .first()
        )
        if (
            booking is None
            or Review.objects.filter(offer=booking.offer, school=booking.school).exists()
        ):
            continue
        Review.objects.create(
            offer=booking.offer,
            school=booking.school,
            author=booking.created_by,
            rating=review["rating"],
            text=review["text"],
            ran_on=booking.start.date(),
        )
        added += 1
    context.log(f"Leercommunity: {added} beoordelingen van aanvragen toegevoegd")
