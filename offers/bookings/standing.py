"""Where a school stands with an offer, read from its requests: asked, planned, done.

The shortlist only holds what a school saved; whether an offer was asked for, planned or run
is what happened to the school's requests, which the provider answers. These helpers give the
shortlist, the calendar feed and a need's plan that one answer, in a query per school or need.
Requests are stored on the offer in the default language, so offers are matched through their
translation_key (a school may have saved the English page).
"""

from django.db.models import Q

from .choices import Status
from .models import BookingRequest

# Which request tells where the school stands when it has several for one offer: a planned
# activity first, then one awaiting an answer, then one that took place, then a closed one.
RANK = {
    Status.ACCEPTED: 0,
    Status.NEW: 1,
    Status.PROPOSED: 1,
    Status.DONE: 2,
}
PLANNED = (Status.ACCEPTED, Status.DONE)


def standing_by_offer(school, offers):
    """{offer translation_key: the school's request that tells where it stands} (one query)."""
    keys = {offer.translation_key for offer in offers}
    if not keys:
        return {}
    requests = (
        BookingRequest.objects.filter(school=school, offer__translation_key__in=keys)
        .select_related("offer")
        .order_by("-created")
    )
    found = {}
    for booking in requests:
        key = booking.offer.translation_key
        current = found.get(key)
        if current is None or RANK.get(booking.status, 3) < RANK.get(current.status, 3):
            found[key] = booking
    return found


def planned_for_need(need):
    """The need's planned and done activities: the school's accepted and done requests made
    for the need, or without a need for an offer on the need's shortlist; soonest first."""
    shortlisted = need.shortlist.values("offer__translation_key")
    return (
        BookingRequest.objects.filter(school_id=need.school_id, status__in=PLANNED)
        .filter(Q(need=need) | Q(need__isnull=True, offer__translation_key__in=shortlisted))
        .select_related("offer")
        .order_by("start", "offer__title")
    )


def planned_for_school(school):
    """The school's accepted and done requests (its agreed activities)."""
    return BookingRequest.objects.filter(school=school, status__in=PLANNED)
