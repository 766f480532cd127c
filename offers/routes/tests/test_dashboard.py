import csv
import io
from datetime import date, timedelta

from django.urls import reverse
from django.utils import timezone

from core.tests.queries import queries_for
from schools.tests.factories import SchoolFactory, member

from ..machine import ROUTE_MACHINE
from ..models import SystemQuestion, Visit
from ..queries import quarter_figures
from ..services import endorse, start_route

SECRET = "Reflectie die nooit in een rapport mag staan"


def _more_routes(programme, count):
    for _n in range(count):
        coordinator = member()
        start_route(programme, SchoolFactory(place="EINDHOVEN"), date(2026, 9, 1), coordinator)


def test_dashboard_counts(client, route, programme, lead, coordinator):
    ROUTE_MACHINE.run(route, "to-intake", coordinator, {"confirmed": True})
    _more_routes(programme, 2)
    Visit.objects.create(route=route, status="final", date=date(2026, 9, 20), mode="video")
    client.force_login(lead)
    response = client.get(reverse("routes:dashboard", args=[programme.pk]))
    figures = response.context["figures"]
    assert figures["by_phase"] == {"intake": 1, "kickoff": 2}
    assert figures["visits_done"] == 1
    assert {row["schools"] for row in figures["caseload"]} == {1}
    rows = dict(response.context["phase_rows"])
    assert rows["Intake (vraagarticulatie)"] == 1


def test_dashboard_queries_do_not_grow_with_schools(client, route, programme, lead):
    client.force_login(lead)
    url = reverse("routes:dashboard", args=[programme.pk])
    few = queries_for(client, url)
    _more_routes(programme, 4)
    assert queries_for(client, url) == few


def test_workspace_queries_do_not_grow_with_schools(client, route, programme, coordinator):
    client.force_login(coordinator)
    url = reverse("routes:workspace")
    few = queries_for(client, url)
    for _n in range(3):
        start_route(programme, SchoolFactory(), date(2026, 9, 1), coordinator)
    assert queries_for(client, url) == few


def test_csv_export(client, route, programme, lead):
    client.force_login(lead)
    response = client.get(reverse("routes:dashboard_csv", args=[programme.pk]))
    rows = list(csv.reader(io.StringIO(response.content.decode())))
    assert rows[0][0] == "school"
    assert rows[1][0] == "OBS De Regenboog"
    assert rows[1][3] == "Kick-off"


def test_report_figures_from_constructed_data(route, programme):
    Visit.objects.create(route=route, status="final", date=date(2026, 11, 2), mode="on_site")
    Visit.objects.create(route=route, status="final", date=date(2027, 1, 5), mode="on_site")
    Visit.objects.create(route=route, status="draft", date=date(2026, 11, 3))
    kickoff = route.milestones.get(phase="kickoff")
    kickoff.done_at = timezone.make_aware(timezone.datetime(2026, 10, 1, 12))
    kickoff.save()
    figures = quarter_figures(programme, 2026, 4)
    assert figures["visits_in_quarter"] == 1
    assert figures["visits_done"] == 1  # the visit of January 2027 came after the quarter
    assert figures["milestones_done"] == 1
    assert (figures["start"], figures["end"]) == (date(2026, 10, 1), date(2026, 12, 31))
    # At the end of 2026 the intake (22 Sept), the route map (31 Oct) and the first change lab
    # (30 Nov) are overdue; the kick-off was done.
    assert {m.title for m in figures["overdue"]} == {
        "Intakegesprek op school",
        "Routekaart besproken met de school",
        "Eerste veranderlab",
    }


def test_report_has_no_reflection_text(client, route, programme, lead, school_member):
    Visit.objects.create(
        route=route,
        status="final",
        date=date(2026, 11, 2),
        notes=SECRET,
        reflection_direction=SECRET,
        reflection_people=SECRET,
        reflection_organisation=SECRET,
    )
    question = SystemQuestion.objects.create(
        title="Vervanging bij ziekte", level="national", example=SECRET, published=True
    )
    endorse(question, school_member, example=SECRET)
    client.force_login(lead)
    for query in ("?kwartaal=2026-4", "?kwartaal=onzin", "?kwartaal=2026-9", ""):
        response = client.get(reverse("routes:report", args=[programme.pk]) + query)
        body = response.content.decode()
        assert response.status_code == 200
        assert SECRET not in body
    assert "Vervanging bij ziekte" in body


def test_report_print_style(client, route, programme, lead):
    client.force_login(lead)
    body = client.get(reverse("routes:report", args=[programme.pk])).content.decode()
    assert "routes/routes.css" in body
    assert 'class="rt-report"' in body


def test_no_visit_warning_is_relative_to_last_visit(route):
    from ..queries import routes_with_figures, with_warnings

    today = date(2027, 6, 1)
    Visit.objects.create(route=route, status="final", date=today - timedelta(days=10))
    [row] = with_warnings(routes_with_figures(type(route).objects.all(), today), today)
    assert row.days_without_visit is None
