"""Documents per phase: the route's people open them through the route, nobody else, and never
through Wagtail's public document URL."""

from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from ..models import PhaseDocument
from ..services import add_phase_document

CONTENT = b"%PDF-1.4 routekaart van de school"


def _upload(name="routekaart.pdf", content=CONTENT):
    return SimpleUploadedFile(name, content, content_type="application/pdf")


def test_coordinator_adds_a_document_the_school_opens_it(client, route, coordinator, school_member):
    client.force_login(coordinator)
    response = client.post(
        reverse("routes:document_add", args=[route.pk]),
        {"document-phase": "routemap", "document-title": "Routekaart", "document-file": _upload()},
    )
    assert response.status_code == 302
    item = PhaseDocument.objects.get()
    assert (item.route, item.phase, item.document.title) == (route, "routemap", "Routekaart")
    client.force_login(school_member)
    body = client.get(reverse("routes:detail", args=[route.pk])).content.decode()
    url = reverse("routes:document", args=[route.pk, item.pk])
    assert url in body and "Routekaart" in body
    response = client.get(url)
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == CONTENT
    assert "private" in response["Cache-Control"]


def test_the_public_document_url_refuses_it_even_to_the_routes_people(
    client, route, coordinator, stranger
):
    item = add_phase_document(route, "intake", "Intakeverslag", _upload(), coordinator)
    public = item.document.url
    for user in (stranger, coordinator):
        client.force_login(user)
        assert client.get(public).status_code == 403
    client.logout()
    assert client.get(public).status_code == 403


def test_outsiders_and_the_school_cannot_add_and_outsiders_cannot_open(
    client, route, coordinator, school_member, stranger
):
    item = add_phase_document(route, "intake", "Intakeverslag", _upload(), coordinator)
    add = reverse("routes:document_add", args=[route.pk])
    data = {"document-phase": "intake", "document-title": "X", "document-file": _upload()}
    for user in (school_member, stranger):
        client.force_login(user)
        assert client.post(add, data).status_code == 403
    client.force_login(stranger)
    assert client.get(reverse("routes:document", args=[route.pk, item.pk])).status_code == 403
    assert PhaseDocument.objects.count() == 1


def test_a_wrong_file_gives_a_message(client, route, coordinator):
    client.force_login(coordinator)
    response = client.post(
        reverse("routes:document_add", args=[route.pk]),
        {
            "document-phase": "intake",
            "document-title": "Script",
            "document-file": _upload("script.exe", b"MZ"),
        },
        follow=True,
    )
    assert response.status_code == 200
    assert "Dit soort bestand kan niet" in response.content.decode()
    assert not PhaseDocument.objects.exists()
