"""Demand for providers: how many open needs an offer matches, in counts only.

Below needs and requests (both read it: the offer page and the provider's workspace), with the
conditions it uses (offers.conditions)."""

from collections import Counter
from dataclasses import dataclass

from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _

from offers.models import NeedProfile

from .conditions import NeedContext, has_target_group, reaches_school


@dataclass
class Demand:
    total: int
    by_target_group: list  # [(name, count)]
    by_province: list  # [(name, count)]


def offer_demand(offer, today=None):
    """How many open needs this offer matches: it shares a theme, a learning area or a
    curriculum goal with the need (as in matching) and meets its target group and region.

    A need is open while its period has not ended. Only counts are returned, per target group
    and per province, never schools, so that providers see demand without seeing who asks.
    """
    today = today or timezone.localdate()
    group_slugs = {term.slug for term in offer.target_groups.all()}
    shared = [
        NeedProfile.objects.filter(themes__slug__in=[t.slug for t in offer.themes.all()]),
        NeedProfile.objects.filter(
            learning_areas__slug__in=[t.slug for t in offer.learning_areas.all()]
        ),
        NeedProfile.objects.filter(
            curriculum_goals__number__in=[goal.number for goal in offer.curriculum_goals.all()]
        ),
    ]
    related = Q(pk__in=[])
    for needs in shared:
        related |= Q(pk__in=needs.values("pk"))
    needs = (
        NeedProfile.objects.filter(related)
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
