"""A network's discussions: members and the coordinator write; who reads follows the network's
choice (members only: 404 for visitors, 403 for other members)."""

import pytest
from django.urls import reverse

from community.tests.factories import member

from ..models import Membership, Network, NetworkPost

pytestmark = pytest.mark.django_db


@pytest.fixture
def coordinator(db):
    return member(user__email="coo@netwerk.example", display_name="Coby")


@pytest.fixture
def network(coordinator):
    return Network.objects.create(
        name="Netwerk Oost", slug="netwerk-oost", kind="regional", coordinator=coordinator
    )


@pytest.fixture
def lid(network):
    user = member(user__email="lid@school.example", display_name="Lieke")
    Membership.objects.create(network=network, user=user, status="admitted")
    return user


@pytest.fixture
def outsider(network):
    user = member(user__email="buiten@school.example")
    Membership.objects.create(network=network, user=user, status="requested")
    return user


@pytest.fixture
def post(network, coordinator):
    return NetworkPost.objects.create(
        network=network, title="Ouderavonden anders", body="Wie heeft ervaring?", author=coordinator
    )


def detail(network):
    return reverse("networks:detail", args=[network.slug])


def thread(post):
    return reverse("networks:discussion", args=[post.network.slug, post.pk])


def test_member_starts_a_discussion_and_replies(client, network, lid):
    client.force_login(lid)
    response = client.post(
        reverse("networks:discussion_create", args=[network.slug]),
        {"title": "Rapportgesprekken", "body": "Hoe doen jullie het driegesprek?"},
        follow=True,
    )
    assert "Uw discussie is geplaatst." in response.content.decode()
    post = NetworkPost.objects.get(title="Rapportgesprekken")
    client.post(thread(post), {"body": "Wij beginnen in groep 7."})
    page = client.get(thread(post)).content.decode()
    assert "Wij beginnen in groep 7." in page
    assert "Rapportgesprekken" in client.get(detail(network)).content.decode()


def test_members_only_discussions_are_hidden(client, network, post, outsider):
    assert client.get(thread(post)).status_code == 404
    assert "Ouderavonden anders" not in client.get(detail(network)).content.decode()
    client.force_login(outsider)
    assert client.get(thread(post)).status_code == 403
    assert client.post(thread(post), {"body": "Mag ik?"}).status_code == 403
    assert (
        client.post(
            reverse("networks:discussion_create", args=[network.slug]),
            {"title": "X", "body": "Y"},
        ).status_code
        == 403
    )
    assert NetworkPost.objects.count() == 1


def test_public_discussions_are_read_by_all_written_by_members(client, network, post, outsider):
    network.public_discussions = True
    network.save()
    assert "Wie heeft ervaring?" in client.get(thread(post)).content.decode()
    assert "Ouderavonden anders" in client.get(detail(network)).content.decode()
    client.force_login(outsider)
    assert client.post(thread(post), {"body": "Mag ik?"}).status_code == 403
    assert "Reageren" not in client.get(thread(post)).content.decode()


def test_empty_or_long_messages_get_a_message(client, network, post, lid):
    client.force_login(lid)
    response = client.post(thread(post), {"body": "   "}, follow=True)
    assert "Schrijf een bericht." in response.content.decode()
    response = client.post(thread(post), {"body": "x" * 5001}, follow=True)
    assert "Een bericht is hoogstens 5000 tekens." in response.content.decode()
    response = client.post(
        reverse("networks:discussion_create", args=[network.slug]),
        {"title": " ", "body": "Tekst"},
        follow=True,
    )
    assert "Geef de discussie een titel." in response.content.decode()
    assert NetworkPost.objects.count() == 1


def test_a_reply_of_another_network_is_not_found(client, network, post, lid, coordinator):
    other = Network.objects.create(
        name="Ander", slug="ander", kind="theme", coordinator=coordinator
    )
    client.force_login(lid)
    url = reverse("networks:discussion", args=[other.slug, post.pk])
    client.force_login(coordinator)
    assert client.get(url).status_code == 404
