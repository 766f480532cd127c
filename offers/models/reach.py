"""Reach: where an offer or a funding scheme applies (the design's reach rule).

Local content names municipalities, regional content names provinces or named regions, and
national content names no region at all. `Region.objects.reach_of()` decides what a visitor
filtering on a region sees; national content matches every region.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm

from core.models import Region


class Reach(models.TextChoices):
    LOCAL = "local", _("Lokaal")
    REGIONAL = "regional", _("Regionaal")
    NATIONAL = "national", _("Landelijk")


def reach_errors(reach, regions):
    """Validation messages for a reach and its regions, as {"regions": [...]} or {}."""
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


class ReachPageForm(WagtailAdminPageForm):
    """Puts the chosen regions and taxonomy on the page before model validation runs.

    Django validates a model before its many-to-many values are assigned; these are in-memory
    (ParentalManyToManyField) so assigning them early lets `clean()` check what the editor chose.
    """

    def _post_clean(self):
        self.save_cluster_m2m()
        super()._post_clean()
