"""The coordinator's weekly digest: what is overdue, what is due in the coming week, and which
schools have gone without a visit too long. In the coordinator's language; run by the scheduler
(`manage.py route_digest`), so the mail is queued as a task, never sent inside a request."""

from collections import defaultdict
from datetime import timedelta

from django.conf import settings
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from core.mail import message, queue

from .models import Milestone, Route
from .queries import routes_with_figures, with_warnings


def _lines(milestones):
    return [f"- {m.due:%d-%m-%Y} {m.route.school.name}: {m.title}" for m in milestones]


def send_digests(today=None):
    today = today or timezone.localdate()
    week = today + timedelta(days=7)
    due = defaultdict(list)
    for milestone in (
        Milestone.objects.filter(done_at=None, due__lte=week)
        .select_related("route__school", "route__coordinator__profile")
        .order_by("due")
    ):
        due[milestone.route.coordinator].append(milestone)
    quiet = defaultdict(list)
    for route in with_warnings(
        routes_with_figures(Route.objects.exclude(phase="finished"), today), today
    ):
        if route.days_without_visit:
            quiet[route.coordinator].append(route)
    messages = []
    for coordinator in set(due) | set(quiet):
        profile = getattr(coordinator, "profile", None)
        language = profile.language if profile is not None else settings.LANGUAGE_CODE
        with translation.override(language):
            overdue = [m for m in due[coordinator] if m.due < today]
            coming = [m for m in due[coordinator] if m.due >= today]
            body = [_("Goedemorgen,"), "", _("Dit staat deze week op uw ontwikkelroutes.")]
            if overdue:
                body += ["", _("Achterstallig:"), *_lines(overdue)]
            if coming:
                body += ["", _("De komende week:"), *_lines(coming)]
            for route in quiet[coordinator]:
                body.append(
                    _("%(school)s: geen bezoek in %(days)s dagen.")
                    % {"school": route.school.name, "days": route.days_without_visit}
                )
            messages.append(
                message(coordinator.email, _("Uw ontwikkelroutes deze week"), "\n".join(body))
            )
    return queue(*messages)
