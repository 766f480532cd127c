"""Reviews of offers: who may do what, and the offer's rating as stored for search ranking.

The ranking score is a Bayesian average: score = (C * m + sum of ratings) / (C + n), with the
prior mean m (REVIEW_PRIOR_MEAN) and prior weight C (REVIEW_PRIOR_WEIGHT) from the settings. A
few reviews move the score little from m; many reviews pull it to their own average, so two
5-star reviews do not beat twenty reviews of 4.5.

`update_offer_rating` writes rating_average, rating_count and rating_score to the offer and its
translations with a queryset update (no new page revision) and refreshes their search entries.
It runs when a review is saved or deleted (signals in community.signals), which includes an
editor hiding one.
"""

from decimal import ROUND_HALF_UP, Decimal

from django.apps import apps
from django.conf import settings
from django.db import transaction
from django.db.models import Count, Sum

from search.indexing import index_instance

from .models.reviews import Review, offer_page_model, source_offer

STARS = range(5, 0, -1)


def prior():
    return float(settings.REVIEW_PRIOR_MEAN), float(settings.REVIEW_PRIOR_WEIGHT)


def bayesian_score(total, count, mean=None, weight=None):
    """(C * m + sum) / (C + n); with no reviews and no weight, the prior mean."""
    default_mean, default_weight = prior()
    mean = default_mean if mean is None else mean
    weight = default_weight if weight is None else weight
    if weight + count == 0:
        return mean
    return (weight * mean + total) / (weight + count)


def distribution_for(offer):
    """{5: n5, 4: n4, ..., 1: n1} of the public reviews of `offer` (one query)."""
    counts = dict.fromkeys(STARS, 0)
    rows = (
        Review.objects.public()
        .filter(offer=offer)
        .values_list("rating")
        .annotate(n=Count("pk"))
        .order_by()
    )
    for rating, n in rows:
        if rating in counts:
            counts[rating] = n
    return counts


def rating_values(offer):
    """(average or None, count, score) of the public reviews of `offer`."""
    stats = (
        Review.objects.public().filter(offer=offer).aggregate(n=Count("pk"), total=Sum("rating"))
    )
    count, total = stats["n"] or 0, stats["total"] or 0
    average = None
    if count:
        average = (Decimal(total) / Decimal(count)).quantize(Decimal("0.01"), ROUND_HALF_UP)
    return average, count, bayesian_score(total, count)


def update_offer_rating(offer_id):
    """Recompute the stored rating of an offer and its translations, then reindex them."""
    model = offer_page_model()
    if model is None:
        return
    offer = model.objects.filter(pk=offer_id).first()
    if offer is None:
        return
    source = source_offer(offer)
    average, count, score = rating_values(source)
    pages = model.objects.filter(translation_key=source.translation_key)
    with transaction.atomic():
        pages.update(rating_average=average, rating_count=count, rating_score=score)
        reindex(pages)


def reindex(pages):
    for page in pages.select_related("locale"):
        index_instance(page.specific)


# Who may do what


def profile_of(user):
    if not user.is_authenticated:
        return None
    return getattr(user, "profile", None)


def reviewing_school(user):
    """The school a member may review for (verified by an editor or a domain rule), or None."""
    profile = profile_of(user)
    return profile.verified_school if profile is not None else None


def school_review(offer, school):
    if school is None:
        return None
    # The review form starts from its target group's slug: read with the review.
    return Review.objects.filter(offer=offer, school=school).select_related("group").first()


def school_ran_offer(school, offer):
    """True when `school` has a done activity of `offer` (in any language).

    Done means: the date of an accepted request has passed and the school confirmed it took
    place, or the provider did and the school did not object within a week (offers.bookings).
    A shortlist or a plan the school fills in itself does not count: it could be faked.
    Requests are stored on the Dutch page; the check goes through the translation_key. The
    model is looked up in the app registry, so that community imports no catalogue module.
    """
    if school is None or offer is None:
        return False
    try:
        requests = apps.get_model("bookings", "BookingRequest")
    except LookupError:  # the requests app is not installed: nothing can unlock a review
        return False
    return requests.objects.filter(
        school=school, offer__translation_key=offer.translation_key, status="done"
    ).exists()


def may_review(school, offer, existing=None):
    """True when `school` may write (or edit) its review of `offer`.

    The school must have run the offer (see `school_ran_offer`); a review the school already
    has stays editable.
    """
    if school is None:
        return False
    if existing is not None:
        return True
    return school_ran_offer(school, offer)
