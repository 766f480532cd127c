"""Shared documents of a network: the coordinator shares, members download; a visitor gets 404
and another member 403, also on Wagtail's own document URL."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from community.tests.factories import member

from ..models import Membership, Network, NetworkDocument

pytestmark = pytest.mark.django_db


@pytest.fixture
def coordinator(db):
    return member(user__email="coo@netwerk.example")


@pytest.fixture
def network(coordinator):
    return Network.objects.create(
        name="Netwerk West", slug="netwerk-west", kind="regional", coordinator=coordinator
    )


@pytest.fixture
def lid(network):
    user = member(user__email="lid@school.example")
    Membership.objects.create(network=network, user=user, status="admitted")
    return user


def upload(client, network, name="verslag.pdf", content=b"%PDF-1.4 verslag", title="Verslag"):
    return client.post(
        reverse("networks:document_upload", args=[network.slug]),
        {"title": title, "file": SimpleUploadedFile(name, content)},
        follow=True,
    )


@pytest.fixture
def shared(client, network, coordinator):
    client.force_login(coordinator)
    assert "Het document is gedeeld" in upload(client, network).content.decode()
    client.logout()
    return NetworkDocument.objects.get()


def test_member_downloads_through_the_checked_view(client, network, shared, lid):
    client.force_login(lid)
    assert "Verslag" in client.get(reverse("networks:detail", args=[network.slug])).content.decode()
    response = client.get(reverse("networks:document", args=[network.slug, shared.pk]))
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == b"%PDF-1.4 verslag"


def test_others_are_refused_here_and_on_wagtails_url(client, network, shared):
    own = reverse("networks:document", args=[network.slug, shared.pk])
    wagtail_url = shared.document.url
    assert client.get(own).status_code == 404
    assert client.get(wagtail_url).status_code == 404
    client.force_login(member(user__email="buiten@school.example"))
    assert client.get(own).status_code == 403
    assert client.get(wagtail_url).status_code == 403
    page = client.get(reverse("networks:detail", args=[network.slug])).content.decode()
    assert "Gedeelde documenten" not in page


def test_only_the_coordinator_shares(client, network, lid):
    client.force_login(lid)
    response = client.post(
        reverse("networks:document_upload", args=[network.slug]),
        {"title": "X", "file": SimpleUploadedFile("x.pdf", b"x")},
    )
    assert response.status_code == 403
    assert not NetworkDocument.objects.exists()


def test_bad_files_get_a_message(client, network, coordinator):
    client.force_login(coordinator)
    response = upload(client, network, name="script.exe")
    assert "Dit soort bestand kan niet" in response.content.decode()
    response = upload(client, network, title="")
    assert "Geef het document een titel." in response.content.decode()
    assert not NetworkDocument.objects.exists()
