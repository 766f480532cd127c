"""Networks: asking to join, the coordinator's answer, members-only people list, and 403 for
anyone else."""

import pytest
from django.urls import reverse
from django.utils import translation

from community.tests.factories import SchoolFactory, member
from core.models import Region

from ..models import Membership, Network

pytestmark = pytest.mark.django_db
Status = Membership.Status


@pytest.fixture(autouse=True)
def in_dutch():
    with translation.override("nl"):
        yield


@pytest.fixture
def coordinator(db):
    return member(user__email="broker@netwerk.example", display_name="Broker Bea")


@pytest.fixture
def network(coordinator, taxonomy):
    return Network.objects.create(
        name="Leernetwerk Noord-Groningen",
        slug="noord-groningen",
        kind="regional",
        region=Region.objects.get(code="RG-NOORD-GRONINGEN"),
        coordinator=coordinator,
    )


@pytest.fixture
def leader(db):
    school = SchoolFactory(name="OBS De Wierde", place="APPINGEDAM")
    user = member(user__email="leider@wierde.example", display_name="Leider Lotte")
    user.profile.verify_for(school)
    return user


@pytest.fixture
def outsider(db):
    return member(user__email="buiten@example.org", display_name="Buiten Bart")


def join(client, user, network):
    client.force_login(user)
    return client.post(reverse("networks:join", args=[network.slug]), {"motivation": "Graag"})


def test_join_admit_and_see_the_people(
    client, network, leader, coordinator, outsider, mailoutbox, django_capture_on_commit_callbacks
):
    join(client, leader, network)
    membership = Membership.objects.get(user=leader)
    assert membership.status == Status.REQUESTED
    assert membership.school.name == "OBS De Wierde"
    # The school is not listed until the coordinator admits it.
    client.force_login(outsider)
    assert (
        "OBS De Wierde"
        not in client.get(reverse("networks:detail", args=[network.slug])).content.decode()
    )
    client.force_login(coordinator)
    page = client.get(reverse("networks:detail", args=[network.slug])).content.decode()
    assert "Leider Lotte" in page and "Toelaten" in page
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("networks:move", args=[membership.pk]), {"move": "admit"})
    membership.refresh_from_db()
    assert membership.status == Status.ADMITTED
    assert mailoutbox[-1].to == ["leider@wierde.example"]
    assert "toegelaten" in mailoutbox[-1].subject
    # Everyone sees the school; only members and the coordinator see the people.
    client.force_login(outsider)
    content = client.get(reverse("networks:detail", args=[network.slug])).content.decode()
    assert "OBS De Wierde" in content and "Leider Lotte" not in content
    client.force_login(leader)
    assert (
        "Leider Lotte"
        in client.get(reverse("networks:detail", args=[network.slug])).content.decode()
    )


def test_decline_and_asking_twice(client, network, leader, coordinator):
    join(client, leader, network)
    response = join(client, leader, network)
    assert Membership.objects.filter(user=leader).count() == 1
    assert response.status_code == 302
    membership = Membership.objects.get(user=leader)
    client.force_login(coordinator)
    client.post(reverse("networks:move", args=[membership.pk]), {"move": "decline"})
    membership.refresh_from_db()
    assert membership.status == Status.DECLINED


def test_only_the_coordinator_admits(client, network, leader, outsider):
    join(client, leader, network)
    membership = Membership.objects.get(user=leader)
    # The member may not admit themselves: a message, nothing changes.
    response = client.post(
        reverse("networks:move", args=[membership.pk]), {"move": "admit"}, follow=True
    )
    assert "Alleen de coördinator kan dit doen." in response.content.decode()
    client.force_login(outsider)
    response = client.post(reverse("networks:move", args=[membership.pk]), {"move": "admit"})
    assert response.status_code == 403
    membership.refresh_from_db()
    assert membership.status == Status.REQUESTED


def test_member_leaves(client, network, leader):
    join(client, leader, network)
    membership = Membership.objects.get(user=leader)
    client.post(reverse("networks:move", args=[membership.pk]), {"move": "leave"})
    membership.refresh_from_db()
    assert membership.status == Status.LEFT


def test_anonymous_and_bad_input(client, network):
    assert client.get(reverse("networks:list")).status_code == 200
    assert client.post(reverse("networks:join", args=[network.slug])).status_code == 302
    assert client.get(reverse("networks:detail", args=["bestaat-niet"])).status_code == 404
    assert client.get(reverse("networks:join", args=[network.slug])).status_code in (302, 405)
