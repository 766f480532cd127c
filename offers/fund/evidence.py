"""What schools did with each intervention, for funders ("het kaf van het koren").

The figures per offer, in order of the ranking:
- done activities: requests the school and provider marked as held;
- schools reached: the different schools among them;
- rating: the site's Bayesian score of reviews (few reviews count towards the average of all);
- repeat bookings: schools that booked the offer more than once;
- open demand: open needs of schools the offer matches (counts, never names).
Ranked by done activities, then schools reached, then rating.
"""

from collections import Counter, defaultdict
from dataclasses import dataclass

from offers.bookings.models import BookingRequest
from offers.demand import offer_demand
from offers.models import OfferPage

BOOKED = ("accepted", "done")


@dataclass
class Evidence:
    offer: OfferPage
    done: int
    schools: int
    rating: float
    rating_count: int
    repeat: int
    demand: int


def ranking(theme=None, with_demand=True):
    offers = OfferPage.objects.live().filter(locale__language_code="nl")
    if theme:
        offers = offers.filter(themes__slug=theme)
    result = figures(list(offers.distinct()), with_demand)
    result.sort(key=lambda row: (-row.done, -row.schools, -row.rating, row.offer.title))
    return result


def for_offer(offer):
    """The figures of one offer, as the funder's review screen shows them."""
    return figures([offer], with_demand=True)[0]


def figures(offers, with_demand):
    rows = BookingRequest.objects.filter(offer__in=offers, status__in=BOOKED).values_list(
        "offer_id", "school_id", "status"
    )
    done, reached, bookings = Counter(), defaultdict(set), Counter()
    for offer_id, school_id, status in rows:
        bookings[(offer_id, school_id)] += 1
        if status == "done":
            done[offer_id] += 1
            reached[offer_id].add(school_id)
    repeat = Counter(offer_id for (offer_id, _), count in bookings.items() if count > 1)
    return [
        Evidence(
            offer=offer,
            done=done[offer.pk],
            schools=len(reached[offer.pk]),
            rating=round(offer.rating_score, 2),
            rating_count=offer.rating_count,
            repeat=repeat[offer.pk],
            demand=offer_demand(offer).total if with_demand else 0,
        )
        for offer in offers
    ]


def aggregates(rows):
    """What the public sees: totals only, no offer named."""
    return {
        "offers": len(rows),
        "done": sum(row.done for row in rows),
        "with_done": sum(1 for row in rows if row.done),
        "repeat": sum(row.repeat for row in rows),
    }
