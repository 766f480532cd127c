"""Matching a school's need to offers: the search engine ranks, the hard conditions filter.

The search engine ranks the candidates (text relevance of the need, boosted by accreditation,
rating, reach and funding fit; see search.ranking). The hard conditions
(offers.needs.conditions) are then applied in Python on the offers themselves, and every
match carries the reasons it fits (offers.needs.reasons).
"""

from dataclasses import dataclass, field

from django.db.models import Q
from django.utils.translation import get_language

from offers.localization import in_active_locale
from offers.models import FundingSchemePage, OfferPage, Reach
from search import service
from search.query import SearchQuery
from search.sources import parse_key

from .conditions import (
    OFFER_PREFETCH,
    NeedContext,
    hard_failure,
    left_out_counts,
    paying_schemes,
)
from .reasons import explain

SEARCH_PAGE_SIZE = 50
MAX_SEARCH_PAGES = 10


def search_language():
    language = (get_language() or "nl").split("-")[0]
    return language if language in ("nl", "en") else "nl"


def need_text(need):
    return " ".join(f"{need.title} {need.description}".split())[:200]


def ranked_offer_ids(ctx):
    """Offer page ids in the search engine's order.

    First the offers that match the need's words (ranked by relevance and the boosts), then
    the other offers that pass the filters (ranked by the boosts alone), so an offer on the
    need's themes is never missed because the school used other words.
    """
    filters = {"kind": ["offer"]}
    if ctx.theme_slugs:
        filters["theme"] = sorted(ctx.theme_slugs)
    if ctx.target_group_slugs:
        filters["target_group"] = sorted(ctx.target_group_slugs)
    if ctx.municipality is not None and ctx.municipality.code:
        filters["region"] = [ctx.municipality.code]
    ids = []
    texts = [need_text(ctx.need), ""] if need_text(ctx.need) else [""]
    for text in texts:
        for page in range(1, MAX_SEARCH_PAGES + 1):
            query = SearchQuery(
                language=search_language(),
                text=text,
                filters={name: list(values) for name, values in filters.items()},
                needs_funding=ctx.needs_funding,
                page=page,
                page_size=SEARCH_PAGE_SIZE,
            )
            response = service.search(query)
            for hit in response.hits:
                kind, pk = parse_key(hit.key)
                if kind == "page" and pk is not None and pk not in ids:
                    ids.append(pk)
            if page >= response.num_pages:
                break
    return ids


@dataclass
class Match:
    offer: object
    reasons: list
    paying: list = field(default_factory=list)


@dataclass
class MatchResult:
    ctx: NeedContext
    matches: list
    left_out: dict
    schemes: list

    @property
    def left_out_total(self):
        return sum(self.left_out.values())


def match_need(need):
    ctx = NeedContext.build(need)
    ids = ranked_offer_ids(ctx)
    offers = OfferPage.objects.live().filter(pk__in=ids).prefetch_related(*OFFER_PREFETCH)
    by_id = {offer.pk: offer for offer in offers}
    matches = []
    for pk in ids:
        offer = by_id.get(pk)
        if offer is None or hard_failure(ctx, offer):
            continue
        matches.append(Match(offer, explain(ctx, offer), paying_schemes(ctx, offer)))
    return MatchResult(ctx, matches, left_out_counts(ctx), matching_schemes(ctx))


def matching_schemes(ctx):
    """Live funding schemes on the need's themes whose reach covers the school."""
    schemes = in_active_locale(FundingSchemePage.objects.live())
    if ctx.theme_slugs:
        schemes = schemes.filter(themes__slug__in=ctx.theme_slugs)
    condition = Q(reach=Reach.NATIONAL)
    if ctx.region_ids is None:
        condition = Q()
    elif ctx.region_ids:
        condition |= Q(regions__in=ctx.region_ids)
    return list(schemes.filter(condition).distinct().order_by("title"))
