"""The scheme's rules, checked before an application is submitted; each failure says which rule.

Also the cost of the offer for the group, the first line of the cost breakdown.
"""

from decimal import Decimal

from django.utils import timezone
from django.utils.translation import gettext as _

from core.models import Region
from core.money import euro
from offers.models import PriceUnit
from offers.models.fields import split_choices


def offer_cost(offer, pupils):
    """The offer's price for the group: per pupil × pupils, otherwise the price itself."""
    if offer.is_free or offer.price is None:
        return Decimal("0.00")
    if offer.price_unit == PriceUnit.PER_PUPIL:
        return (offer.price * pupils).quantize(Decimal("0.01"))
    return offer.price


def _choices(value):
    """The scheme's applicant types. Pages published through a revision may hold the list's
    text ("['schools', 'providers']") instead of "schools,providers"; both read the same here."""
    if isinstance(value, list | tuple):
        return list(value)
    return split_choices("".join(ch for ch in str(value or "") if ch not in "[]'\" "))


def failures(application):
    """[message] of every rule of the scheme the application does not meet (empty: it may go)."""
    procedure = application.procedure
    scheme = procedure.scheme
    booking = application.request
    school, offer = booking.school, booking.offer
    failed = []
    if not procedure.on_site:
        failed.append(_("Deze regeling neemt geen aanvragen via deze site aan."))
    applicants = _choices(scheme.applicants)
    if applicants and "schools" not in applicants:
        failed.append(_("Aanvrager: deze regeling is niet voor scholen."))
    scheme_themes = set(scheme.themes.values_list("slug", flat=True))
    if scheme_themes and not scheme_themes & set(offer.themes.values_list("slug", flat=True)):
        failed.append(_("Thema: het aanbod past niet bij de thema's van de regeling."))
    if scheme.reach != "national":
        around = Region.objects.containing(school.municipality) if school.municipality_id else []
        if not scheme.regions.filter(pk__in=[region.pk for region in around]).exists():
            failed.append(_("Regio: uw school ligt niet in het gebied van de regeling."))
    asked = application.amount_asked
    if scheme.amount_min is not None and asked < scheme.amount_min:
        failed.append(
            _("Bedrag: vraag ten minste %(amount)s.") % {"amount": euro(scheme.amount_min)}
        )
    if scheme.amount_max is not None and asked > scheme.amount_max:
        failed.append(
            _("Bedrag: vraag ten hoogste %(amount)s.") % {"amount": euro(scheme.amount_max)}
        )
    if asked > application.total_cost:
        failed.append(_("Bedrag: u vraagt meer dan de activiteit kost."))
    if (
        not scheme.is_rolling
        and not scheme.deadlines.filter(date__gte=timezone.localdate()).exists()
    ):
        failed.append(_("Deadline: de regeling heeft geen deadline meer open."))
    return failed
