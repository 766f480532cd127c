"""The school's planned activities (its accepted and done requests) as an iCalendar feed,
read through a secret token per school so that a calendar app can subscribe without logging in.
"""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from icalendar import Calendar, Event

from offers.bookings.standing import planned_for_school
from offers.models import SchoolPlanFeed
from offers.views import ICAL_DOMAIN

from .access import school_or_403


@login_required
@require_POST
def renew_feed(request, school_pk):
    """A new secret link for the school's calendar feed; the old one stops working (for a link
    shared too widely, or a colleague who left)."""
    school = school_or_403(request, school_pk)
    SchoolPlanFeed.for_school(school).renew()
    messages.success(
        request,
        _(
            "De agendalink is vernieuwd. Zet de nieuwe link in uw agenda-app; de oude werkt "
            "niet meer."
        ),
    )
    return redirect("offers:shortlist", school_pk=school.pk)


def school_feed(request, token):
    """The school's planned activities as iCalendar; the token in the URL is the key."""
    feed_row = get_object_or_404(SchoolPlanFeed.objects.select_related("school"), token=token)
    school = feed_row.school
    calendar = Calendar()
    calendar.add("prodid", "-//Leercommunity & Ontwikkelplaats//Plan van de school//NL")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", _("Plan van %(school)s") % {"school": school.name})
    stamp = timezone.now().replace(microsecond=0)
    # The activities agreed with providers (offers.bookings), with their agreed times; what the
    # school only saved on its shortlist is not in its calendar.
    bookings = planned_for_school(school).select_related("offer", "need")
    for booking in bookings:
        event = Event()
        event.add("uid", f"request-{booking.pk}@{ICAL_DOMAIN}")
        event.add("dtstamp", stamp)
        event.add("dtstart", timezone.localtime(booking.start))
        event.add("dtend", timezone.localtime(booking.end))
        event.add("summary", booking.offer.title)
        description = [booking.groups, booking.offer.summary]
        if booking.need:
            description.append(_("Hulpvraag: %(title)s") % {"title": booking.need.title})
        event.add("description", "\n".join(part for part in description if part))
        url = booking.offer.get_url(request)
        if url:
            event.add("url", request.build_absolute_uri(url))
        calendar.add_component(event)
    response = HttpResponse(calendar.to_ical(), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = 'inline; filename="plan.ics"'
    return response
