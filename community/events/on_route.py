"""Checked-in attendance on a school's development route (`offers.routes`).

The route page names a slot (`core.sections`, "route_page_end") and knows no events; this
module fills it (registered in EventsConfig.ready) with the events that members verified for
the route's school attended. It reads only the route's `school_id`: community may not import
the routes app.
"""

from .models import Registration, Status


def attended_by_school(school_id):
    return list(
        Registration.objects.filter(
            status=Status.ATTENDED, user__profile__verified_school_id=school_id
        )
        .select_related("session__page", "user__profile")
        .order_by("-session__start")
    )


def route_attendance(context, route):
    registrations = attended_by_school(route.school_id)
    for registration in registrations:
        registration.shown_page = registration.session.page.localized
    return {"attended": registrations}
