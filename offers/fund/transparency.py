"""Where the granted money went this school year: per theme, region and scheme; no school named."""

from collections import defaultdict
from datetime import date

from django.utils import timezone

from .models import ZERO, Application, Status

GRANTED = [
    Status.GRANTED,
    Status.PART_PAID,
    Status.REPORTED,
    Status.REPORT_APPROVED,
    Status.CLOSED,
]


def school_year_start(today=None):
    """1 August of the school year `today` falls in (the Dutch school year starts in summer)."""
    today = today or timezone.localdate()
    year = today.year if today.month >= 8 else today.year - 1
    return date(year, 8, 1)


def figures(today=None):
    start = school_year_start(today)
    granted = (
        Application.objects.filter(status__in=GRANTED, decided_at__date__gte=start)
        .select_related("procedure__scheme", "request__school__municipality__province")
        .prefetch_related("request__offer__themes")
    )
    by_theme, by_region, by_scheme = defaultdict(lambda: ZERO), defaultdict(lambda: ZERO), {}
    schools, pupils, total = set(), 0, ZERO
    for application in granted:
        amount = application.amount_granted or ZERO
        total += amount
        schools.add(application.request.school_id)
        pupils += application.pupils
        # An activity with several themes counts fully under each of them.
        for theme in application.request.offer.themes.all():
            by_theme[theme.name] += amount
        municipality = application.request.school.municipality
        province = municipality.province.name if municipality and municipality.province else "–"
        by_region[province] += amount
        title = application.procedure.scheme.title
        by_scheme[title] = by_scheme.get(title, ZERO) + amount
    return {
        "start": start,
        "total": total,
        "schools": len(schools),
        "pupils": pupils,
        "by_theme": sorted(by_theme.items()),
        "by_region": sorted(by_region.items()),
        "by_scheme": sorted(by_scheme.items()),
    }
