from datetime import date, timedelta

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from core.statemachine import IllegalMove
from offers.models import NeedProfile
from schools.tests.factories import SchoolFactory

from ..machine import ROUTE_MACHINE
from ..models import IntakeNeed, Milestone, PlannedActivity, RouteEvent
from ..services import start_route


def test_start_route_lays_out_dated_milestones(route):
    titles = list(route.milestones.values_list("title", "due"))
    assert ("Kick-off met de schoolleiding", date(2026, 9, 1)) in titles
    assert ("Intakegesprek op school", date(2026, 9, 22)) in titles
    assert route.milestones.filter(title__contains="veranderlab").count() == 2
    assert route.milestones.filter(phase="execution", is_visit=True).count() == 3
    assert route.phase == "kickoff"
    assert "contactpersoon" in route.gate


def test_editing_the_template_leaves_running_routes_alone(route, programme, coordinator):
    template = programme.template
    intake = template.phases.get(key="intake")
    intake.gate = "Nieuwe voorwaarde"
    intake.save()
    PlannedActivity.objects.create(phase=intake, title="Extra gesprek", offset_days=30)
    route.refresh_from_db()
    assert not route.milestones.filter(title="Extra gesprek").exists()
    assert route.gates["intake"] != "Nieuwe voorwaarde"
    later = start_route(programme, SchoolFactory(), date(2027, 1, 10), coordinator)
    assert later.milestones.filter(title="Extra gesprek", due=date(2027, 2, 9)).exists()
    assert later.gates["intake"] == "Nieuwe voorwaarde"


def test_a_sixth_school_is_refused(route, programme, coordinator):
    for _n in range(4):
        start_route(programme, SchoolFactory(), date(2026, 9, 1), coordinator)
    with pytest.raises(ValidationError) as error:
        start_route(programme, SchoolFactory(), date(2026, 9, 1), coordinator)
    assert "meer dan 5" in str(error.value)
    assert programme.routes.filter(coordinator=coordinator).count() == 5


def test_caseload_follows_the_setting(programme, coordinator, settings):
    from ..models import Programme

    settings.ROUTE_CASELOAD_MAX = 1
    small = Programme.objects.create(name="Klein", start_year=2026, end_year=2027)
    start_route(small, SchoolFactory(), date(2026, 9, 1), coordinator)
    with pytest.raises(ValidationError):
        start_route(small, SchoolFactory(), date(2026, 9, 1), coordinator)


def test_phase_move_needs_the_gate_confirmed_and_is_audited(route, coordinator):
    with pytest.raises(IllegalMove):
        ROUTE_MACHINE.run(route, "to-intake", coordinator, {})
    assert route.phase == "kickoff"
    ROUTE_MACHINE.run(route, "to-intake", coordinator, {"confirmed": True, "note": "Klaar"})
    route.refresh_from_db()
    assert route.phase == "intake"
    event = RouteEvent.objects.get(route=route)
    assert (event.from_phase, event.to_phase, event.role, event.note) == (
        "kickoff",
        "intake",
        "coordinator",
        "Klaar",
    )
    with pytest.raises(IllegalMove):
        ROUTE_MACHINE.run(route, "to-plan", coordinator, {"confirmed": True})


def test_school_member_may_not_move_the_phase(client, route, school_member):
    client.force_login(school_member)
    response = client.post(reverse("routes:move", args=[route.pk, "to-intake"]), {"confirmed": "1"})
    assert response.status_code == 403
    route.refresh_from_db()
    assert route.phase == "kickoff"


def test_move_through_the_page_and_an_unknown_move(client, route, lead):
    client.force_login(lead)
    url = reverse("routes:move", args=[route.pk, "to-intake"])
    client.post(url, {"confirmed": "1"})
    route.refresh_from_db()
    assert route.phase == "intake"
    response = client.post(reverse("routes:move", args=[route.pk, "vliegen"]), follow=True)
    assert "Deze stap bestaat niet" in response.content.decode()


def test_overdue_against_the_clock(route):
    kickoff = route.milestones.get(title="Kick-off met de schoolleiding")
    assert kickoff.is_overdue(today=date(2026, 9, 2))
    assert not kickoff.is_overdue(today=date(2026, 9, 1))


def test_intake_need_becomes_a_need_profile_in_one_click(client, route, coordinator):
    from core.models import Theme

    theme = Theme.objects.get(slug="lerarentekort", locale__language_code="nl")
    intake = IntakeNeed.objects.create(
        route=route, title="Taal in groep 3", description="Veel NT2", theme=theme
    )
    client.force_login(coordinator)
    url = reverse("routes:intake_to_need", args=[route.pk, intake.pk])
    client.post(url)
    client.post(url)  # twice: still one
    need = NeedProfile.objects.get(school=route.school)
    assert need.title == "Taal in groep 3"
    assert list(need.themes.values_list("slug", flat=True)) == ["lerarentekort"]
    intake.refresh_from_db()
    assert intake.need == need
    # The coordinator holds the school's needs in the Ontwikkelplaats as well.
    assert client.get(reverse("offers:need_matches", args=[need.pk])).status_code == 200
    # And the need shows on the route, as the school's activity in the Ontwikkelplaats.
    detail = client.get(reverse("routes:detail", args=[route.pk])).content.decode()
    assert detail.count("Taal in groep 3") == 2  # the intake line and the need list


def test_workspace_shows_phase_next_milestone_and_warnings(client, route, coordinator):
    client.force_login(coordinator)
    route.start = date.today() - timedelta(days=200)
    route.save()
    Milestone.objects.filter(route=route).update(due=date.today() - timedelta(days=3))
    response = client.get(reverse("routes:workspace"))
    body = response.content.decode()
    assert "OBS De Regenboog" in body
    assert "Kick-off" in body
    assert "geen bezoek in 200 dagen" in body


def test_english_path(client, route, coordinator):
    client.force_login(coordinator)
    assert client.get("/en/my-route/").status_code == 200


def test_lead_starts_a_route_from_the_dashboard(client, route, programme, lead, coordinator):
    other = SchoolFactory(vestiging="99ZZ00", name="De Kleine Wereld")
    client.force_login(lead)
    url = reverse("routes:route_start", args=[programme.pk])
    response = client.post(
        url, {"school": "99zz00", "coordinator": coordinator.email, "start": "2027-01-11"}
    )
    started = programme.routes.get(school=other)
    assert response.url == reverse("routes:detail", args=[started.pk])
    assert started.milestones.count() == route.milestones.count()
    # Bad input: messages, no route, no 500.
    response = client.post(
        url,
        {"school": "XXXXXX", "coordinator": "niemand@example.org", "start": "gisteren"},
        follow=True,
    )
    body = response.content.decode()
    assert "Geen school met deze vestigingscode." in body
    assert "Geen lid met dit e-mailadres." in body
    response = client.post(
        url,
        {"school": "99ZZ00", "coordinator": coordinator.email, "start": "2027-01-11"},
        follow=True,
    )
    assert "al een route" in response.content.decode()
