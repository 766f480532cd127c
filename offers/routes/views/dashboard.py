"""The programme dashboard, its CSV export and the quarterly report: programme leads only."""

import csv

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Count
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from ..access import is_lead
from ..forms import StartRouteForm
from ..map import province_map
from ..models import Programme, SystemQuestion
from ..models.programmes import PhaseKey
from ..queries import programme_figures, quarter_figures, region_of
from ..report import keep, previous_report, render_pdf, report_charts, snapshot, trends
from ..services import start_route


def _programme(request, pk):
    programme = get_object_or_404(Programme, pk=pk)
    if not is_lead(request.user, programme):
        raise PermissionDenied
    return programme


def _phase_rows(by_phase):
    return [(label, by_phase.get(key, 0)) for key, label in PhaseKey.choices]


def _region_rows(by_region):
    return [
        (region, [counts.get(key, 0) for key, _label in PhaseKey.choices], sum(counts.values()))
        for region, counts in sorted(by_region.items())
    ]


@login_required
def dashboard(request, pk):
    programme = _programme(request, pk)
    figures = programme_figures(programme)
    return render(
        request,
        "routes/dashboard.html",
        {
            "programme": programme,
            "figures": figures,
            "phase_rows": _phase_rows(figures["by_phase"]),
            "phase_labels": [label for _key, label in PhaseKey.choices],
            "region_rows": _region_rows(figures["by_region"]),
            "map": province_map(figures["routes"]),
            "start_form": StartRouteForm(),
        },
    )


@login_required
@require_POST
def route_start(request, pk):
    programme = _programme(request, pk)
    form = StartRouteForm(request.POST)
    if not form.is_valid():
        for errors in form.errors.values():
            for error in errors:
                messages.error(request, error)
        return redirect("routes:dashboard", pk=programme.pk)
    data = form.cleaned_data
    try:
        route = start_route(programme, data["school"], data["start"], data["coordinator"])
    except ValidationError as error:
        for message in error.messages:
            messages.error(request, message)
        return redirect("routes:dashboard", pk=programme.pk)
    messages.success(request, _("De route is gestart; de mijlpalen staan klaar."))
    return redirect("routes:detail", pk=route.pk)


@login_required
def dashboard_csv(request, pk):
    programme = _programme(request, pk)
    figures = programme_figures(programme)
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="ontwikkelroute.csv"'
    writer = csv.writer(response)
    writer.writerow(
        [
            _("school"),
            _("plaats"),
            _("regio"),
            _("fase"),
            _("coördinator"),
            _("volgende mijlpaal"),
            _("datum"),
            _("achterstallig"),
            _("laatste bezoek"),
        ]
    )
    for route in figures["routes"]:
        writer.writerow(
            [
                route.school.name,
                route.school.place_display,
                region_of(route),
                route.get_phase_display(),
                route.coordinator.get_full_name() or route.coordinator.get_username(),
                route.next_title or "",
                route.next_due or "",
                route.overdue,
                route.last_visit or "",
            ]
        )
    return response


def _quarter(request):
    """The quarter asked for (?kwartaal=2026-4), else the current one; bad input falls back."""
    today = timezone.localdate()
    year, quarter = today.year, (today.month - 1) // 3 + 1
    raw = request.GET.get("kwartaal", "")
    try:
        asked_year, asked_quarter = (int(part) for part in raw.split("-", 1))
    except ValueError:
        return year, quarter
    if 2000 <= asked_year <= 2100 and 1 <= asked_quarter <= 4:
        return asked_year, asked_quarter
    return year, quarter


def _report_context(request, programme):
    year, quarter = _quarter(request)
    figures = quarter_figures(programme, year, quarter)
    current = snapshot(figures)
    previous = previous_report(programme, year, quarter)
    # Only titles and counts of published questions: never a school's own words.
    questions = (
        SystemQuestion.objects.filter(published=True, merged_into=None)
        .annotate(count=Count("endorsements"))
        .order_by("-count", "title")[:5]
    )
    return {
        "programme": programme,
        "year": year,
        "quarter": quarter,
        "figures": figures,
        "snapshot": current,
        "previous": previous,
        "trends": trends(current, previous.figures if previous else None),
        "charts": report_charts(figures, current),
        "phase_rows": _phase_rows(figures["by_phase"]),
        "phase_labels": [label for _key, label in PhaseKey.choices],
        "region_rows": _region_rows(figures["by_region"]),
        "questions": questions,
        "total": len(figures["routes"]),
    }


@login_required
def report(request, pk):
    programme = _programme(request, pk)
    return render(request, "routes/report.html", _report_context(request, programme))


@login_required
def report_pdf(request, pk):
    """The quarter's report as PDF; making it keeps the quarter's figures for the next report."""
    programme = _programme(request, pk)
    context = _report_context(request, programme)
    html = render_to_string("routes/report.html", {**context, "pdf": True}, request=request)
    pdf = render_pdf(html, base_url=request.build_absolute_uri("/"))
    keep(programme, context["year"], context["quarter"], context["snapshot"])
    response = HttpResponse(pdf, content_type="application/pdf")
    name = f"ontwikkelroute-{context['year']}-k{context['quarter']}.pdf"
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    return response
