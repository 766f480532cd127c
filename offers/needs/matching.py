"""Matching a school's need to offers: what they share orders, the hard conditions filter.

The candidates are the live offers that share a theme, a learning area or a curriculum goal
with the need (offers.conditions.related_offers); a theme ranks, it does not exclude.
The hard conditions (target group, reach, budget: offers.conditions) leave candidates out
and count them. The matches are ordered by

1. fit: 3 points per shared curriculum goal, 2 per shared learning area, 1 per shared theme
   (offers.needs.fit), highest first;
2. then the search engine's order of the candidates: first those that hold the need's words
   (text relevance), then the others, each boosted by accreditation, rating, reach and funding
   fit (search.ranking).

Every match carries the reasons it fits (offers.needs.reasons). Beside the matches stand the
live schemes in reach of the school that pay for an offer shown, or that share a theme with
the need and, when they name the offers they pay for, pay for one on the need's subject
(`matching_schemes`).
"""

from dataclasses import dataclass, field

from django.db.models import Q
from django.utils.translation import get_language

from offers.conditions import (
    REGION,
    NeedContext,
    hard_failure,
    left_out_counts,
    paying_schemes,
    related_offers,
)
from offers.localization import in_active_locale
from offers.models import FundingSchemePage, OfferPage, Reach
from search import service
from search.query import SearchQuery
from search.sources import page_key, parse_key

from .fit import fit_of
from .reasons import explain

SEARCH_PAGE_SIZE = 50
MAX_ELSEWHERE = 8
MAX_SEARCH_PAGES = 10


def search_language():
    language = (get_language() or "nl").split("-")[0]
    return language if language in ("nl", "en") else "nl"


def need_text(need):
    return " ".join(f"{need.title} {need.description}".split())[:200]


def engine_order(ctx, offers):
    """The offers' page ids in the search engine's order: first those that hold the need's
    words (by relevance and the boosts), then the others (by the boosts alone). An offer the
    engine does not return (not indexed yet) is left out of the order."""
    filters = {"kind": ["offer"]}
    if ctx.municipality is not None and ctx.municipality.code:
        # The candidates all reach the school; the filter turns on the reach boost.
        filters["region"] = [ctx.municipality.code]
    ids = []
    texts = [need_text(ctx.need), ""] if need_text(ctx.need) else [""]
    for text in texts:
        within = tuple(page_key(offer.pk) for offer in offers if offer.pk not in ids)
        for page in range(1, MAX_SEARCH_PAGES + 1):
            if not within:
                break
            query = SearchQuery(
                language=search_language(),
                text=text,
                filters={name: list(values) for name, values in filters.items()},
                needs_funding=ctx.needs_funding,
                within=within,
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
    # Shares the need's learning areas or curriculum goals (or, when the need names none,
    # a theme); False: a theme-only match, labelled as such.
    on_subject: bool = True


@dataclass
class MatchResult:
    ctx: NeedContext
    matches: list
    left_out: dict
    schemes: list
    # Offers on the need's subject that do not reach the school (another municipality or
    # region), with their reach: shown when nothing on the subject is in reach.
    elsewhere: list = field(default_factory=list)

    @property
    def names_subject(self):
        return bool(self.ctx.goal_numbers or self.ctx.learning_area_slugs)

    @property
    def nothing_on_subject(self):
        """The need names learning areas or goals and no offer in reach serves them."""
        return self.names_subject and not any(match.on_subject for match in self.matches)

    @property
    def left_out_total(self):
        return sum(self.left_out.values())

    @property
    def scheme_rows(self):
        """[(scheme, the offers shown that it pays for)], for the list beside the matches."""
        return [
            (
                scheme,
                [
                    match.offer
                    for match in self.matches
                    if any(
                        paying.translation_key == scheme.translation_key
                        for paying in match.offer.funding_schemes.all()
                    )
                ],
            )
            for scheme in self.schemes
        ]


def match_need(need):
    ctx = NeedContext.build(need)
    candidates = list(related_offers(ctx))
    passing = [offer for offer in candidates if not hard_failure(ctx, offer)]
    position = {pk: index for index, pk in enumerate(engine_order(ctx, passing))}
    fits = {offer.pk: fit_of(ctx, offer) for offer in passing}
    passing.sort(
        key=lambda offer: (
            -fits[offer.pk].score,
            position.get(offer.pk, len(position)),
            offer.title,
        )
    )
    matches = [
        Match(
            offer,
            explain(ctx, offer, fits[offer.pk]),
            paying_schemes(ctx, offer),
            on_subject(ctx, offer),
        )
        for offer in passing
    ]
    shown = [match.offer for match in matches]
    return MatchResult(
        ctx,
        matches,
        left_out_counts(ctx, candidates),
        matching_schemes(ctx, shown),
        elsewhere=elsewhere(ctx, candidates),
    )


def elsewhere(ctx, candidates):
    """The candidates on the need's subject that fail only the reach: what exists for other
    municipalities and regions, nearest first (the school's province before the rest)."""
    if not (ctx.goal_numbers or ctx.learning_area_slugs):
        return []
    found = [
        offer
        for offer in candidates
        if hard_failure(ctx, offer) == REGION and on_subject(ctx, offer)
    ]
    province = getattr(ctx.municipality, "province_id", None)

    def distance(offer):
        regions = offer.regions.all()
        near = any(r.pk == province or r.province_id == province for r in regions)
        return (0 if province and near else 1, offer.title)

    return sorted(found, key=distance)[:MAX_ELSEWHERE]


def on_subject(ctx, offer):
    """The offer shares the need's most precise subject: a goal or learning area when the
    need names any, else a theme."""
    fit = fit_of(ctx, offer)
    if ctx.goal_numbers or ctx.learning_area_slugs:
        return bool(fit.goals or fit.learning_areas)
    return bool(fit.themes)


def matching_schemes(ctx, shown=()):
    """Live funding schemes whose reach covers the school and that fit the need: they pay for
    one of the offers shown, or they share a theme with the need and either name no offers
    they pay for or pay for one on the need's subject (`on_subject`). A scheme that names the
    offers it pays for is judged by them: a healthy-food scheme on the theme 'duurzaamheid'
    does not stand beside a technology need on that theme."""
    paying_shown = {
        scheme.translation_key for offer in shown for scheme in offer.funding_schemes.all()
    }
    schemes = in_active_locale(FundingSchemePage.objects.live())
    condition = Q(reach=Reach.NATIONAL)
    if ctx.region_ids is None:
        condition = Q()
    elif ctx.region_ids:
        condition |= Q(regions__in=ctx.region_ids)
    in_reach = schemes.filter(condition).distinct().prefetch_related("themes")
    fitting = [
        scheme
        for scheme in in_reach
        if scheme.translation_key in paying_shown
        or {term.slug for term in scheme.themes.all()} & ctx.theme_slugs
    ]
    named = offers_paid_by(scheme.translation_key for scheme in fitting)
    return sorted(
        (
            scheme
            for scheme in fitting
            if scheme.translation_key in paying_shown
            or not named.get(scheme.translation_key)
            or any(on_subject(ctx, offer) for offer in named[scheme.translation_key])
        ),
        key=lambda scheme: scheme.title,
    )


def offers_paid_by(scheme_keys):
    """{scheme translation key: the live offers that name the scheme as paying for them}."""
    keys = set(scheme_keys)
    offers = (
        OfferPage.objects.live()
        .filter(funding_schemes__translation_key__in=keys)
        .distinct()
        .prefetch_related("funding_schemes", "themes", "learning_areas", "curriculum_goals")
    )
    paid = {}
    for offer in offers:
        for scheme in offer.funding_schemes.all():
            if scheme.translation_key in keys:
                paid.setdefault(scheme.translation_key, []).append(offer)
    return paid
