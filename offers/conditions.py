"""The hard conditions an offer must meet for a need, and the offers left out per condition.

1. target group: the offer is for at least one of the need's groups;
2. reach: the offer is national, or names a region that contains the school's municipality
   (the reach rule: the municipality, its province, its named regions);
3. budget: the offer is free, or costs no more than the budget, or a scheme the school can use
   (named on the need and on the offer) pays for it. "Only free or funded" means no budget.

The candidates are every live offer in the visitor's language that shares a theme, a learning
area or a curriculum goal with the need (`related_offers`; see offers.needs.fit). A candidate
that meets the three conditions is a match; one that fails is left out and counted per reason
(the first failing condition, in the order above). Matches and left-out offers together are
the candidates, straight from the database, so the figures do not depend on search paging.
"""

from collections import Counter
from dataclasses import dataclass

from django.db.models import Q
from django.utils import timezone

from core.models import Region
from offers.calendar import SchoolYear
from offers.localization import in_active_locale
from offers.models import OfferPage, Reach

TARGET_GROUP = "target_group"
REGION = "region"
BUDGET = "budget"
REASONS = (TARGET_GROUP, REGION, BUDGET)


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
    """Whether the offer costs no more than the budget for the need's whole group: a price per
    pupil counts times the need's pupils."""
    if ctx.need.budget is None or offer.price is None:
        return False
    return offer.price_for(ctx.need.group_size) <= ctx.need.budget


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


def related_offers(ctx):
    """Every live offer (in the visitor's language) sharing a theme, a learning area or a
    curriculum goal with the need; every live offer when the need names none of them."""
    offers = in_active_locale(OfferPage.objects.live())
    related = Q(pk__in=[])
    links = (
        ("themes__slug", ctx.theme_slugs),
        ("learning_areas__slug", ctx.learning_area_slugs),
        ("curriculum_goals__number", ctx.goal_numbers),
    )
    for lookup, values in links:
        if values:
            shared = OfferPage.objects.filter(**{f"{lookup}__in": values}).values("pk")
            related |= Q(pk__in=shared)
    if any(values for _lookup, values in links):
        offers = offers.filter(related)
    return offers.prefetch_related(*OFFER_PREFETCH)


def left_out_counts(ctx, offers=None):
    """{reason: number of offers} for the candidates (default: `related_offers`) that fail a
    hard condition."""
    counts = Counter()
    for offer in related_offers(ctx) if offers is None else offers:
        reason = hard_failure(ctx, offer)
        if reason:
            counts[reason] += 1
    return {reason: counts.get(reason, 0) for reason in REASONS}
