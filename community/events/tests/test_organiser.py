"""Organisers see the attendees, export them and check people in; nobody else may."""

import csv
import io

import pytest
from django.urls import reverse

from .. import signup
from ..models import Registration, Status

pytestmark = pytest.mark.django_db


@pytest.fixture
def registered(session, anna, bram):
    signup.register_member(session.pk, anna, "nl")
    signup.register_member(session.pk, bram, "en")
    return Registration.objects.get(user=anna)


def test_organiser_sees_attendees_and_checks_in(client, event, organiser, registered):
    client.force_login(organiser)
    page = client.get(reverse("events:attendees", args=[event.pk]))
    content = page.content.decode()
    assert "Anna de Vries" in content and "Bram Jansen" in content
    response = client.post(
        reverse("events:organiser_move", args=[registered.pk]), {"move": "check-in"}, follow=True
    )
    registered.refresh_from_db()
    assert registered.status == Status.ATTENDED
    assert registered.checked_in_at is not None
    assert "Aangemeld als aanwezig." in response.content.decode()


def test_check_in_of_someone_on_the_waiting_list_is_refused(
    client, event, organiser, registered, bram
):
    waiting = Registration.objects.get(user=bram)
    client.force_login(organiser)
    response = client.post(
        reverse("events:organiser_move", args=[waiting.pk]), {"move": "check-in"}, follow=True
    )
    assert "Dat kan niet meer" in response.content.decode()
    waiting.refresh_from_db()
    assert waiting.status == Status.WAITING


def test_export_as_csv(client, event, organiser, registered):
    Registration.objects.filter(pk=registered.pk).update(name="=SOM(A1)")
    client.force_login(organiser)
    response = client.get(reverse("events:attendees_csv", args=[event.pk]))
    rows = list(csv.reader(io.StringIO(response.content.decode())))
    assert rows[0][:4] == ["sessie", "naam", "e-mail", "status"]
    assert rows[1][1:4] == ["'=SOM(A1)", "anna@school.example", "registered"]
    assert rows[2][2:4] == ["bram@school.example", "waiting"]


def test_page_owner_is_an_organiser(client, event, anna, registered):
    event.owner = anna
    event.save()
    client.force_login(anna)
    assert client.get(reverse("events:attendees", args=[event.pk])).status_code == 200


@pytest.mark.parametrize("who", ["stranger", "bram"])
def test_others_get_403_on_every_organiser_view(client, event, registered, who, request):
    client.force_login(request.getfixturevalue(who))
    assert client.get(reverse("events:attendees", args=[event.pk])).status_code == 403
    assert client.get(reverse("events:attendees_csv", args=[event.pk])).status_code == 403
    response = client.post(
        reverse("events:organiser_move", args=[registered.pk]), {"move": "check-in"}
    )
    assert response.status_code == 403
    registered.refresh_from_db()
    assert registered.status == Status.REGISTERED


def test_anonymous_is_sent_to_login(client, event, registered):
    response = client.get(reverse("events:attendees", args=[event.pk]))
    assert response.status_code == 302
    assert client.post(reverse("events:organiser_move", args=[registered.pk])).status_code == 302


def test_organiser_cancelling_offers_the_place(client, event, organiser, registered, bram):
    client.force_login(organiser)
    client.post(reverse("events:organiser_move", args=[registered.pk]), {"move": "cancel"})
    assert Registration.objects.get(user=bram).status == Status.OFFERED
