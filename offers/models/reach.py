"""Reach: where an offer or a funding scheme applies (the design's reach rule).

Local content names municipalities, regional content names provinces or named regions, and
national content names no region at all. `Region.objects.reach_of()` decides what a visitor
filtering on a region sees; national content matches every region.
"""

from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm


class Reach(models.TextChoices):
    LOCAL = "local", _("Lokaal")
    REGIONAL = "regional", _("Regionaal")
    NATIONAL = "national", _("Landelijk")


def reach_errors(reach, regions):
    """Validation messages for a reach and its regions, as {"regions": [...]} or {}."""
    from core.models import Region

    kinds = {region.kind for region in regions}
    if reach == Reach.LOCAL:
        if not regions:
            return {"regions": _("Een lokaal aanbod noemt ten minste één gemeente.")}
        if kinds - {Region.Kind.MUNICIPALITY}:
            return {"regions": _("Kies bij een lokaal bereik alleen gemeenten.")}
    elif reach == Reach.REGIONAL:
        if not regions:
            return {"regions": _("Een regionaal aanbod noemt ten minste één provincie of regio.")}
        if Region.Kind.MUNICIPALITY in kinds:
            return {
                "regions": _(
                    "Kies bij een regionaal bereik provincies of regio's, geen gemeenten; "
                    "kies 'lokaal' voor gemeenten."
                )
            }
    elif reach == Reach.NATIONAL and regions:
        return {"regions": _("Een landelijk bereik heeft geen regio's; laat ze leeg.")}
    return {}


def region_reach_q(slugs, prefix=""):
    """A filter for content relevant in any of the regions with these slugs (OR)."""
    from core.models import Region

    condition = Q(**{f"{prefix}reach": Reach.NATIONAL})
    for region in Region.objects.filter(slug__in=slugs):
        condition |= Q(**{f"{prefix}regions__in": Region.objects.reach_of(region)})
    return condition


def region_options():
    """Every region as (slug, label), provinces and named regions first."""
    from core.models import Region

    order = {Region.Kind.PROVINCE: 0, Region.Kind.NAMED: 1, Region.Kind.MUNICIPALITY: 2}
    regions = sorted(
        Region.objects.values_list("slug", "name", "kind"),
        key=lambda row: (order.get(row[2], 3), row[1]),
    )
    labels = dict(Region.Kind.choices)
    return [(slug, f"{name} ({labels[kind].lower()})") for slug, name, kind in regions]


class ReachPageForm(WagtailAdminPageForm):
    """Puts the chosen regions and taxonomy on the page before model validation runs.

    Django validates a model before its many-to-many values are assigned; these are in-memory
    (ParentalManyToManyField) so assigning them early lets `clean()` check what the editor chose.
    """

    def _post_clean(self):
        self.save_cluster_m2m()
        super()._post_clean()
