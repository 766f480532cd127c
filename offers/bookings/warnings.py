"""Warnings on a request that neither side should miss: a date on a weekend, a public holiday
or a holiday of the school's holiday region (core.holidays), and an offer whose reach does not
include the school. They warn; they do not refuse, because a school may plan a trip on a free
day and a provider may travel further than it advertises."""

from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from core.holidays import HOLIDAY_REGIONS, holiday_on, holiday_region_of
from core.models import Region
from offers.models import Reach

from .choices import Status

SATURDAY = 5


def day_warning(day, holiday_region):
    """Why `day` is not a school day, or None. Without a holiday region (the school's
    municipality unknown) only the weekend and public holidays are known."""
    when = date_format(day, "l j F Y")
    if day.weekday() >= SATURDAY:
        return _("Let op: %(day)s valt in het weekend.") % {"day": when}
    holiday = holiday_on(day, holiday_region)
    if holiday is not None and (holiday_region or holiday.regions == HOLIDAY_REGIONS):
        return _("Let op: %(day)s valt in een vrije periode van de school: %(holiday)s.") % {
            "day": when,
            "holiday": holiday.label,
        }
    return None


def asked_days(booking):
    """The days on the request that are still to be agreed or kept: the school's dates, the
    provider's proposal, and the agreed moment of an open or planned request."""
    days = list(booking.date_options)
    if booking.status == Status.PROPOSED and booking.proposed_start:
        days.append(timezone.localtime(booking.proposed_start).date())
    if booking.start and booking.status in (Status.NEW, Status.ACCEPTED):
        days.append(timezone.localtime(booking.start).date())
    return sorted(set(days))


def reach_warning(offer, school):
    """A warning when the offer's reach does not include the school's municipality."""
    municipality = school.municipality
    if offer.reach == Reach.NATIONAL or municipality is None:
        return None
    regions = list(offer.regions.all())
    containing = set(Region.objects.containing(municipality).values_list("pk", flat=True))
    if any(region.pk in containing for region in regions):
        return None
    return _(
        "Let op: dit aanbod is er voor %(regions)s; %(place)s valt daarbuiten. Vraag de "
        "aanbieder of het toch kan."
    ) % {"regions": ", ".join(region.name for region in regions), "place": municipality.name}


def request_warnings(booking):
    """Every warning about an open or planned request, in the reader's language."""
    if booking.status not in (Status.NEW, Status.PROPOSED, Status.ACCEPTED):
        return []
    holiday_region = holiday_region_of(booking.school.municipality)
    warnings = [day_warning(day, holiday_region) for day in asked_days(booking)]
    warnings.append(reach_warning(booking.offer, booking.school))
    return [warning for warning in warnings if warning]
