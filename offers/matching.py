"""Matching a school's need to offers: ranking, hard conditions, explanations, coverage.

The search engine ranks the candidates (text relevance of the need, boosted by accreditation,
rating, reach and funding fit; see search.ranking). This module then applies the hard
conditions in Python on the offers themselves:

1. target group: the offer is for at least one of the need's groups;
2. reach: the offer is national, or names a region that contains the school's municipality
   (the reach rule: the municipality, its province, its named regions);
3. budget: the offer is free, or costs no more than the budget, or a scheme the school can use
   (named on the need and on the offer) pays for it. "Only free or funded" means no budget.

Offers that fail are left out and counted per reason (the first failing condition, in the
order above) over every live offer that shares a theme with the need, straight from the
database, so the figures do not depend on search paging.
"""

from collections import Counter, defaultdict
from dataclasses import dataclass, field

from django.db.models import Q
from django.utils import timezone
from django.utils.formats import date_format, number_format
from django.utils.translation import get_language, ngettext
from django.utils.translation import gettext as _

from core.models import Region
from core.models.taxonomy import localized_terms
from offers.calendar import SchoolYear
from offers.localization import in_active_locale
from offers.models import AccreditationLevel, FundingSchemePage, OfferPage, Reach, SchoolTime
from search import service
from search.query import SearchQuery
from search.sources import parse_key

TARGET_GROUP = "target_group"
REGION = "region"
BUDGET = "budget"
REASONS = (TARGET_GROUP, REGION, BUDGET)

SEARCH_PAGE_SIZE = 50
MAX_SEARCH_PAGES = 10

OFFER_PREFETCH = (
    "themes",
    "learning_areas",
    "curriculum_goals",
    "target_groups",
    "regions",
    "funding_schemes",
    "sessions",
)


@dataclass
class NeedContext:
    """What the hard conditions and explanations need to know about a need, computed once."""

    need: object
    municipality: object  # core.Region or None
    region_ids: set | None  # regions containing the municipality; None: no municipality known
    theme_slugs: set
    target_group_slugs: set
    goal_numbers: set
    learning_area_slugs: set
    scheme_keys: set  # translation keys of the school's schemes
    period: tuple  # (first day, last day)

    @classmethod
    def build(cls, need):
        municipality = need.school.municipality
        region_ids = None
        if municipality is not None:
            region_ids = set(Region.objects.containing(municipality).values_list("pk", flat=True))
        return cls(
            need=need,
            municipality=municipality,
            region_ids=region_ids,
            theme_slugs={term.slug for term in need.themes.all()},
            target_group_slugs={term.slug for term in need.target_groups.all()},
            goal_numbers={goal.number for goal in need.curriculum_goals.all()},
            learning_area_slugs={term.slug for term in need.learning_areas.all()},
            scheme_keys={scheme.translation_key for scheme in need.funding_schemes.live()},
            period=need_period(need),
        )

    @property
    def needs_funding(self):
        return self.need.only_free_or_funded or bool(self.scheme_keys)


def need_period(need, today=None):
    """The need's period; open ends fall back to the current school year's bounds."""
    year = SchoolYear.containing(need.period_start or today or timezone.localdate())
    return (need.period_start or year.first_day, need.period_end or year.last_day)


# Hard conditions -------------------------------------------------------------------------


def has_target_group(ctx, offer):
    if not ctx.target_group_slugs:
        return True
    return bool({term.slug for term in offer.target_groups.all()} & ctx.target_group_slugs)


def reaching_regions(ctx, offer):
    """The offer's regions that contain the school's municipality."""
    if ctx.region_ids is None:
        return []
    return [region for region in offer.regions.all() if region.pk in ctx.region_ids]


def reaches_school(ctx, offer):
    if offer.reach == Reach.NATIONAL or ctx.region_ids is None:
        return True
    return bool(reaching_regions(ctx, offer))


def paying_schemes(ctx, offer):
    """The live schemes that pay for this offer and that the school can use."""
    return [
        scheme
        for scheme in offer.funding_schemes.all()
        if scheme.live and scheme.translation_key in ctx.scheme_keys
    ]


def within_budget(ctx, offer):
    if ctx.need.budget is None or offer.price is None:
        return False
    return offer.price <= ctx.need.budget


def affordable(ctx, offer):
    if offer.is_free:
        return True
    if ctx.need.only_free_or_funded:
        return bool(paying_schemes(ctx, offer))
    if ctx.need.budget is None or offer.price is None:
        return True
    return within_budget(ctx, offer) or bool(paying_schemes(ctx, offer))


def hard_failure(ctx, offer):
    """The first hard condition the offer fails (TARGET_GROUP, REGION, BUDGET), or None."""
    if not has_target_group(ctx, offer):
        return TARGET_GROUP
    if not reaches_school(ctx, offer):
        return REGION
    if not affordable(ctx, offer):
        return BUDGET
    return None


def theme_offers(ctx):
    """Every live offer (in the visitor's language) sharing a theme with the need."""
    offers = in_active_locale(OfferPage.objects.live())
    if ctx.theme_slugs:
        offers = offers.filter(themes__slug__in=ctx.theme_slugs)
    return offers.distinct().prefetch_related(*OFFER_PREFETCH)


def left_out_counts(ctx):
    """{reason: number of offers} for the offers sharing a theme that fail a hard condition."""
    counts = Counter()
    for offer in theme_offers(ctx):
        reason = hard_failure(ctx, offer)
        if reason:
            counts[reason] += 1
    return {reason: counts.get(reason, 0) for reason in REASONS}


# Ranking ---------------------------------------------------------------------------------


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
class Reason:
    label: str
    text: str
    positive: bool = True


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


# Explanations ----------------------------------------------------------------------------


def euro(amount):
    return f"€ {number_format(amount, 2)}"


def _names(terms):
    return ", ".join(str(term.name) for term in localized_terms(terms))


def sessions_in_period(ctx, offer):
    first, last = ctx.period
    return sorted(
        (
            session
            for session in offer.sessions.all()
            if first <= timezone.localtime(session.start).date() <= last
        ),
        key=lambda session: session.start,
    )


def explain(ctx, offer):
    """Why this offer fits the need, as a short list of Reasons."""
    reasons = []
    themes = [term for term in offer.themes.all() if term.slug in ctx.theme_slugs]
    if themes:
        reasons.append(Reason(_("Thema"), _names(themes)))
    goals = sorted(
        (goal for goal in offer.curriculum_goals.all() if goal.number in ctx.goal_numbers),
        key=lambda goal: goal.number,
    )
    if goals:
        reasons.append(
            Reason(
                _("Kerndoelen"),
                ngettext(
                    "Werkt aan kerndoel %(goals)s uit uw hulpvraag",
                    "Werkt aan de kerndoelen %(goals)s uit uw hulpvraag",
                    len(goals),
                )
                % {"goals": ", ".join(str(goal.number) for goal in goals)},
            )
        )
    areas = [term for term in offer.learning_areas.all() if term.slug in ctx.learning_area_slugs]
    if areas:
        reasons.append(Reason(_("Leergebied"), _names(areas)))
    reasons.append(Reason(_("Bereik"), reach_text(ctx, offer)))
    groups = [term for term in offer.target_groups.all() if term.slug in ctx.target_group_slugs]
    if groups:
        reasons.append(Reason(_("Doelgroep"), _names(groups)))
    reasons.append(dates_reason(ctx, offer))
    school_time = school_time_reason(ctx, offer)
    if school_time:
        reasons.append(school_time)
    reasons.append(cost_reason(ctx, offer))
    paying = paying_schemes(ctx, offer)
    if paying:
        reasons.append(
            Reason(
                _("Regeling"),
                _("Te betalen uit uw regeling: %(schemes)s")
                % {"schemes": ", ".join(scheme.title for scheme in paying)},
            )
        )
    if offer.rating_count:
        reasons.append(
            Reason(
                _("Beoordeling"),
                ngettext(
                    "%(average)s van 5, uit %(count)s beoordeling door scholen",
                    "%(average)s van 5, uit %(count)s beoordelingen door scholen",
                    offer.rating_count,
                )
                % {
                    "average": number_format(offer.rating_average, 1),
                    "count": offer.rating_count,
                },
            )
        )
    if offer.accreditation_level != AccreditationLevel.NONE:
        reasons.append(Reason(_("Erkenning"), offer.get_accreditation_level_display()))
    return reasons


def region_name(region):
    if region.kind == Region.Kind.PROVINCE:
        return _("provincie %(name)s") % {"name": region.name}
    return region.name


def reach_text(ctx, offer):
    place = ctx.municipality.name if ctx.municipality else ""
    if offer.reach == Reach.NATIONAL:
        return _("Landelijk aanbod")
    names = ", ".join(region_name(region) for region in reaching_regions(ctx, offer))
    if offer.reach == Reach.LOCAL:
        if place:
            return _("Lokaal aanbod in uw gemeente %(place)s") % {"place": place}
        return _("Lokaal aanbod")
    if names:
        return _("Regionaal aanbod voor %(regions)s, waar uw school in ligt") % {"regions": names}
    return _("Regionaal aanbod")


def dates_reason(ctx, offer):
    first, last = ctx.period
    period = {"start": date_format(first, "j F Y"), "end": date_format(last, "j F Y")}
    sessions = sessions_in_period(ctx, offer)
    if sessions:
        text = ngettext(
            "%(count)s datum tussen %(start)s en %(end)s; de eerste is %(first)s",
            "%(count)s data tussen %(start)s en %(end)s; de eerste is %(first)s",
            len(sessions),
        ) % {
            **period,
            "count": len(sessions),
            "first": date_format(timezone.localtime(sessions[0].start), "j F Y"),
        }
        return Reason(_("Data"), text)
    if offer.on_request:
        return Reason(_("Data"), _("Op aanvraag: u spreekt zelf een datum af"))
    return Reason(
        _("Data"), _("Geen geplande data tussen %(start)s en %(end)s") % period, positive=False
    )


def school_time_reason(ctx, offer):
    wanted = ctx.need.school_time
    if wanted == "either":
        return None
    if offer.school_time == SchoolTime.BOTH or offer.school_time == wanted:
        return Reason(_("Wanneer"), offer.get_school_time_display())
    return Reason(_("Wanneer"), offer.get_school_time_display(), positive=False)


def price_text(offer):
    return f"{euro(offer.price)} {offer.get_price_unit_display()}".strip()


def cost_reason(ctx, offer):
    budget = ctx.need.budget
    if offer.is_free:
        return Reason(_("Kosten"), _("Gratis"))
    if offer.price is None:
        return Reason(_("Kosten"), _("Prijs op aanvraag"))
    price = price_text(offer)
    if budget is not None and offer.price <= budget:
        return Reason(
            _("Kosten"),
            _("%(price)s, binnen uw budget van %(budget)s")
            % {"price": price, "budget": euro(budget)},
        )
    paying = paying_schemes(ctx, offer)
    if paying and (budget is not None or ctx.need.only_free_or_funded):
        text = _("%(price)s; boven uw budget, maar te betalen uit %(schemes)s") % {
            "price": price,
            "schemes": ", ".join(scheme.title for scheme in paying),
        }
        if ctx.need.only_free_or_funded:
            text = _("%(price)s, te betalen uit %(schemes)s") % {
                "price": price,
                "schemes": ", ".join(scheme.title for scheme in paying),
            }
        return Reason(_("Kosten"), text)
    return Reason(_("Kosten"), price)


# Curriculum coverage ---------------------------------------------------------------------


@dataclass
class GoalRow:
    goal: object
    offers: list
    wanted: bool  # one of the need's goals

    @property
    def status(self):
        if not self.offers:
            return "open"
        return "stacked" if len(self.offers) > 1 else "covered"


@dataclass
class AreaCoverage:
    area: object
    rows: list

    @property
    def covered(self):
        return [row for row in self.rows if row.offers]

    @property
    def stacked(self):
        return [row for row in self.rows if len(row.offers) > 1]

    @property
    def open(self):
        return [row for row in self.rows if row.wanted and not row.offers]


@dataclass
class Coverage:
    areas: list
    planned: list

    @property
    def covered(self):
        return [row for area in self.areas for row in area.covered]

    @property
    def stacked(self):
        return [row for area in self.areas for row in area.stacked]

    @property
    def open(self):
        return [row for area in self.areas for row in area.open]


def planned_items(need):
    from offers.models import ShortlistItem

    return list(
        need.shortlist.filter(status__in=[ShortlistItem.Status.PLANNED, ShortlistItem.Status.DONE])
        .select_related("offer")
        .prefetch_related("offer__curriculum_goals__learning_area")
        .order_by("planned_date", "offer__title")
    )


def curriculum_coverage(need):
    """Per learning area: the goals the planned offers cover (and how often), and the need's
    goals that no planned offer covers yet."""
    items = planned_items(need)
    offers_by_goal = defaultdict(list)
    goals = {}
    for item in items:
        for goal in item.offer.curriculum_goals.all():
            goals[goal.number] = goal
            if item.offer not in offers_by_goal[goal.number]:
                offers_by_goal[goal.number].append(item.offer)
    wanted = {goal.number: goal for goal in need.curriculum_goals.select_related("learning_area")}
    goals = {**goals, **wanted}
    by_area = defaultdict(list)
    for number in sorted(goals):
        goal = goals[number]
        by_area[goal.learning_area].append(
            GoalRow(goal, offers_by_goal.get(number, []), number in wanted)
        )
    areas = sorted(by_area, key=lambda area: (area.sort_order, area.name))
    localized = dict(zip(areas, localized_terms(areas), strict=True)) if areas else {}
    return Coverage([AreaCoverage(localized[area], by_area[area]) for area in areas], items)


# Demand for providers ----------------------------------------------------------------------


@dataclass
class Demand:
    total: int
    by_target_group: list  # [(name, count)]
    by_province: list  # [(name, count)]


def offer_demand(offer, today=None):
    """How many open needs this offer matches on theme, target group and region.

    A need is open while its period has not ended. Only counts are returned, per target group
    and per province, never schools, so that providers see demand without seeing who asks.
    """
    from offers.models import NeedProfile

    today = today or timezone.localdate()
    theme_slugs = {term.slug for term in offer.themes.all()}
    group_slugs = {term.slug for term in offer.target_groups.all()}
    needs = (
        NeedProfile.objects.filter(themes__slug__in=theme_slugs)
        .filter(Q(period_end__isnull=True) | Q(period_end__gte=today))
        .distinct()
        .select_related("school__municipality__province")
        .prefetch_related("themes", "target_groups", "learning_areas", "curriculum_goals")
    )
    total = 0
    groups = Counter()
    provinces = Counter()
    for need in needs:
        ctx = NeedContext.build(need)
        if not has_target_group(ctx, offer) or not reaches_school(ctx, offer):
            continue
        total += 1
        for term in need.target_groups.all():
            if term.slug in group_slugs:
                groups[term.name] += 1
        province = getattr(ctx.municipality, "province", None)
        provinces[province.name if province else _("onbekend")] += 1
    return Demand(total, sorted(groups.items()), sorted(provinces.items()))
