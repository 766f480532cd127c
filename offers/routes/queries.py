"""The figures of the workspace, the dashboard and the report, each in a fixed number of
queries whatever the number of schools (annotations and subqueries, no query per route)."""

from datetime import timedelta

from django.conf import settings
from django.db.models import Count, OuterRef, Q, Subquery
from django.utils import timezone

from .models import Milestone, Visit


def routes_with_figures(routes, today=None):
    today = today or timezone.localdate()
    open_milestones = Milestone.objects.filter(route=OuterRef("pk"), done_at=None).order_by(
        "due", "pk"
    )
    return (
        routes.select_related("school__municipality__province", "coordinator", "programme")
        .annotate(
            overdue=Count(
                "milestones",
                filter=Q(milestones__done_at=None, milestones__due__lt=today),
                distinct=True,
            ),
            next_title=Subquery(open_milestones.values("title")[:1]),
            next_due=Subquery(open_milestones.values("due")[:1]),
            last_visit=Subquery(
                Visit.objects.filter(route=OuterRef("pk"), status=Visit.Status.FINAL)
                .order_by("-date")
                .values("date")[:1]
            ),
        )
        .order_by("school__name")
    )


def with_warnings(routes, today=None):
    """Adds `days_without_visit` (None when recent enough) to each route of the list."""
    today = today or timezone.localdate()
    limit = settings.ROUTE_VISIT_WARNING_DAYS
    rows = list(routes)
    for route in rows:
        since = route.last_visit or route.start
        days = (today - since).days
        route.days_without_visit = days if days > limit and since <= today else None
    return rows


def region_of(route):
    municipality = route.school.municipality
    return municipality.name if municipality is not None else route.school.place_display


def programme_figures(programme, today=None):
    today = today or timezone.localdate()
    routes = with_warnings(routes_with_figures(programme.routes.all(), today), today)
    by_phase, by_region = {}, {}
    for route in routes:
        by_phase[route.phase] = by_phase.get(route.phase, 0) + 1
        region = by_region.setdefault(region_of(route), {})
        region[route.phase] = region.get(route.phase, 0) + 1
    overdue = list(
        Milestone.objects.filter(route__programme=programme, done_at=None, due__lt=today)
        .select_related("route__school", "owner")
        .order_by("due")[:100]
    )
    visits = Visit.objects.filter(route__programme=programme, status=Visit.Status.FINAL).count()
    planned = Milestone.objects.filter(
        route__programme=programme, is_visit=True, due__lte=today
    ).count()
    caseload = list(
        programme.routes.values(
            "coordinator",
            "coordinator__first_name",
            "coordinator__last_name",
            "coordinator__username",
        )
        .annotate(
            schools=Count("pk", distinct=True),
            overdue=Count(
                "milestones",
                filter=Q(milestones__done_at=None, milestones__due__lt=today),
                distinct=True,
            ),
        )
        .order_by("coordinator__last_name")
    )
    return {
        "routes": routes,
        "by_phase": by_phase,
        "by_region": by_region,
        "overdue": overdue,
        "visits_done": visits,
        "visits_planned": planned,
        "caseload": caseload,
    }


def quarter_bounds(year, quarter):
    start = timezone.datetime(year, 3 * (quarter - 1) + 1, 1).date()
    end = (
        timezone.datetime(year + 1, 1, 1).date()
        if quarter == 4
        else timezone.datetime(year, 3 * quarter + 1, 1).date()
    ) - timedelta(days=1)
    return start, end


def quarter_figures(programme, year, quarter):
    """The report's figures: phases and regions at the quarter's end, what happened in it."""
    start, end = quarter_bounds(year, quarter)
    figures = programme_figures(programme, today=end + timedelta(days=1))
    in_quarter = Q(date__gte=start, date__lte=end)
    figures["visits_in_quarter"] = (
        Visit.objects.filter(route__programme=programme, status=Visit.Status.FINAL)
        .filter(in_quarter)
        .count()
    )
    figures["milestones_done"] = Milestone.objects.filter(
        route__programme=programme,
        done_at__date__gte=start,
        done_at__date__lte=end,
    ).count()
    # Done and planned as they stood at the quarter's end, not counting what came after it.
    figures["visits_done"] = Visit.objects.filter(
        route__programme=programme, status=Visit.Status.FINAL, date__lte=end
    ).count()
    figures["visits_planned"] = Milestone.objects.filter(
        route__programme=programme, is_visit=True, due__lte=end
    ).count()
    figures["start"], figures["end"] = start, end
    return figures
