"""Every route view and action answers 403 to anyone outside the route, and works for its
people; the programme pages only for leads."""

import pytest
from django.urls import reverse

from ..models import Agreement, IntakeNeed
from ..urls import urlpatterns

ROUTE_VIEWS = {
    "detail": "get",
    "move": "post",
    "milestone_done": "post",
    "intake_add": "post",
    "intake_to_need": "post",
    "visit": "get",
    "agreement_add": "get",
    "agreement_edit": "get",
    "agreement_delete": "post",
    "document_add": "post",
    "document": "get",
}
PROGRAMME_VIEWS = {
    "dashboard": "get",
    "dashboard_csv": "get",
    "report": "get",
    "report_pdf": "get",
    "route_start": "post",
}
PUBLIC_OR_OWN = {"workspace", "questions", "question_create", "question"}
EDITOR_VIEWS = {"question_endorse", "question_move", "question_publish", "question_merge"}


def test_every_url_is_covered_here():
    names = {pattern.name for pattern in urlpatterns}
    assert names == set(ROUTE_VIEWS) | set(PROGRAMME_VIEWS) | PUBLIC_OR_OWN | EDITOR_VIEWS


def _agreement(route):
    return Agreement.objects.create(
        route=route, partner="Bibliotheek", task="Leesconsulent", until="2027-06-30"
    ).pk


def _document(route):
    from django.core.files.uploadedfile import SimpleUploadedFile

    from ..services import add_phase_document

    upload = SimpleUploadedFile("verslag.pdf", b"%PDF-1.4 verslag")
    return add_phase_document(route, "intake", "Verslag", upload, route.coordinator).pk


def _route_url(name, route):
    if name == "document":
        return reverse("routes:document", args=[route.pk, _document(route)])
    if name.startswith("agreement_"):
        args = [route.pk] if name == "agreement_add" else [route.pk, _agreement(route)]
        return reverse(f"routes:{name}", args=args)
    args = {
        "detail": [route.pk],
        "move": [route.pk, "to-intake"],
        "milestone_done": [route.pk, route.milestones.first().pk],
        "intake_add": [route.pk],
        "intake_to_need": [route.pk, IntakeNeed.objects.create(route=route, title="Taal").pk],
        "visit": [route.pk],
        "document_add": [route.pk],
    }[name]
    return reverse(f"routes:{name}", args=args)


@pytest.mark.parametrize("name", sorted(ROUTE_VIEWS))
def test_route_views_refuse_outsiders(client, route, stranger, name):
    url = _route_url(name, route)
    method = getattr(client, ROUTE_VIEWS[name])
    assert method(url).status_code == 302  # anonymous: to the login page
    client.force_login(stranger)
    assert method(url, {"confirmed": "1", "title": "x"}).status_code == 403
    route.refresh_from_db()
    assert route.phase == "kickoff"
    assert route.milestones.filter(done_at__isnull=False).count() == 0
    assert not route.intake.filter(title="x").exists()
    assert not route.intake.filter(need__isnull=False).exists()
    # Nothing added, nothing removed: only the agreement made for the URL is there.
    assert route.agreements.count() == int(name in {"agreement_edit", "agreement_delete"})
    assert route.documents.count() == int(name == "document")


@pytest.mark.parametrize("name", sorted(ROUTE_VIEWS))
def test_route_views_open_to_coordinator_and_lead(client, route, coordinator, lead, name):
    for user in (coordinator, lead):
        client.force_login(user)
        method = getattr(client, ROUTE_VIEWS[name])
        assert method(_route_url(name, route)).status_code in (200, 302)


@pytest.mark.parametrize(
    ("name", "status"),
    [
        ("detail", 200),
        ("milestone_done", 302),
        ("intake_to_need", 302),
        ("move", 403),
        ("intake_add", 403),
        ("visit", 403),
        ("agreement_add", 403),
        ("agreement_edit", 403),
        ("agreement_delete", 403),
        ("document_add", 403),
        ("document", 200),
    ],
)
def test_school_member_reads_and_acts_on_own(client, route, school_member, name, status):
    client.force_login(school_member)
    method = getattr(client, ROUTE_VIEWS[name])
    assert method(_route_url(name, route)).status_code == status


def test_a_member_of_another_school_is_refused(client, route, stranger):
    from schools.tests.factories import SchoolFactory

    stranger.profile.verify_for(SchoolFactory())
    client.force_login(stranger)
    assert client.get(reverse("routes:detail", args=[route.pk])).status_code == 403


@pytest.mark.parametrize("name", sorted(PROGRAMME_VIEWS))
def test_programme_views_only_for_leads(client, route, coordinator, school_member, lead, name):
    url = reverse(f"routes:{name}", args=[route.programme.pk])
    method = getattr(client, PROGRAMME_VIEWS[name])
    assert method(url).status_code == 302
    for user in (coordinator, school_member):
        client.force_login(user)
        assert method(url).status_code == 403
    client.force_login(lead)
    assert method(url).status_code in (200, 302)


def test_missing_route_is_404_not_500(client, coordinator):
    client.force_login(coordinator)
    assert client.get(reverse("routes:detail", args=[99999])).status_code == 404
    assert client.get(reverse("routes:dashboard", args=[99999])).status_code == 404
