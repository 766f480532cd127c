"""The filters of the catalogue, the calendar and the funding index (core.facets)."""

from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core.facets import Facet, FacetedFilter
from core.models import TargetGroup, Theme
from offers.models import FunderKind, OfferType
from offers.models.reach import region_options, region_reach_q


class RegionAwareFilter(FacetedFilter):
    """Counts a region option only when it is selected: one count per region would cost a
    query for each of the country's 350 regions."""

    uncounted = {"regio"}

    def _counts(self, facet):
        if facet.param not in self.uncounted:
            return super()._counts(facet)
        base = self._filtered(skip=facet)
        return {
            value: base.filter(facet.query([value])).distinct().count()
            for value in self.selected[facet.param]
        }


def theme_options():
    return list(Theme.objects.for_current_language().values_list("slug", "name"))


def target_group_options():
    return list(TargetGroup.objects.for_current_language().values_list("slug", "name"))


def region_facet():
    return Facet(
        "regio",
        _("Regio"),
        "regions__slug",
        region_options,
        q_for=lambda values: region_reach_q(values),
    )


def offer_facets():
    return [
        Facet("thema", _("Thema"), "themes__slug", theme_options),
        region_facet(),
        Facet("doelgroep", _("Doelgroep"), "target_groups__slug", target_group_options),
        Facet("soort", _("Soort aanbod"), "offer_type", lambda: OfferType.choices),
    ]


def offer_filter(offers, params):
    return RegionAwareFilter(offers, offer_facets(), params)


def deadline_q(values):
    today = timezone.localdate()
    condition = Q()
    if "doorlopend" in values:
        condition |= Q(is_rolling=True)
    if "open" in values:
        condition |= Q(is_rolling=True) | Q(deadlines__date__gte=today)
    return condition


def funding_facets():
    return [
        Facet("thema", _("Thema"), "themes__slug", theme_options),
        Facet("financier", _("Soort financier"), "funder_kind", lambda: FunderKind.choices),
        region_facet(),
        Facet(
            "aanvragen",
            _("Aanvragen"),
            "is_rolling",
            lambda: [
                ("doorlopend", _("Doorlopend aan te vragen")),
                ("open", _("Nu aan te vragen")),
            ],
            q_for=deadline_q,
        ),
    ]


def funding_filter(schemes, params):
    return RegionAwareFilter(schemes, funding_facets(), params)
