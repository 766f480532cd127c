"""The opt-in page: a school leader joins as leermeester or gezel, edits, withdraws; the broker's
suggestions follow what they filled in."""

import re

import pytest
from django.urls import reverse
from django.utils import translation

from community.tests.factories import member
from core.models import Region, Theme

from ..pairs import PairingProfile
from ..suggest import suggest

pytestmark = pytest.mark.django_db

URL = "/leermeester-gezel/meedoen/"


@pytest.fixture(autouse=True)
def in_dutch():
    with translation.override("nl"):
        yield


@pytest.fixture
def leader(taxonomy):
    return member(user__email="lotte@school.example", display_name="Lotte", role="school_leader")


def theme(slug):
    return Theme.objects.get(locale__language_code="nl", slug=slug)


def form_data(**changes):
    data = {
        "role": "leermeester",
        "themes": [theme("ouderbetrokkenheid").pk, theme("lerarentekort").pk],
        "phase": "4",
        "municipality": Region.objects.get(code="GM1979").pk,
        "half_days": ["ma-o", "do-m"],
        "capacity": "2",
    }
    data.update(changes)
    return data


def test_url_is_the_named_one():
    assert reverse("networks:opt_in") == URL


def test_school_leader_opts_in_as_leermeester(client, leader):
    client.force_login(leader)
    page = client.get(URL)
    assert page.status_code == 200
    assert "Meedoen als leermeester of gezel" in page.content.decode()
    response = client.post(URL, form_data(), follow=True)
    assert "Uw gegevens zijn opgeslagen" in response.content.decode()
    profile = PairingProfile.objects.get(user=leader)
    assert (profile.role, profile.phase, profile.capacity) == ("leermeester", 4, 2)
    assert profile.half_day_set == {"ma-o", "do-m"}
    assert profile.municipality.code == "GM1979"
    assert set(profile.themes.values_list("slug", flat=True)) == {
        "ouderbetrokkenheid",
        "lerarentekort",
    }
    # The form shows the saved answers when it comes back.
    again = client.get(URL).content.decode()
    assert re.search(r'value="do-m"[^>]*checked', again)
    assert not re.search(r'value="vr-m"[^>]*checked', again)
    assert "U doet mee als Leermeester" in again


def test_edit_and_suggestions_use_the_answers(client, leader, taxonomy):
    client.force_login(leader)
    client.post(URL, form_data())
    gezel = member(user__email="gijs@school.example", display_name="Gijs", role="school_leader")
    client.force_login(gezel)
    client.post(
        URL,
        form_data(role="gezel", phase="1", themes=[theme("ouderbetrokkenheid").pk], capacity=""),
    )
    assert PairingProfile.objects.get(user=gezel).capacity == 1
    [found] = suggest()
    assert (found.master.user, found.apprentice.user) == (leader, gezel)
    assert any("Zelfde gemeente: Eemsdelta" in reason for reason in found.reasons)
    assert any("2 gezamenlijke dagdelen" in reason for reason in found.reasons)
    # Gijs changes his half-days: the shared half-day is gone from the reasons.
    client.post(
        URL,
        form_data(
            role="gezel",
            phase="1",
            themes=[theme("ouderbetrokkenheid").pk],
            half_days=["vr-m"],
        ),
    )
    [found] = suggest()
    assert not any("dagdeel" in reason for reason in found.reasons)


def test_withdraw_removes_from_suggestions(client, leader):
    client.force_login(leader)
    client.post(URL, form_data())
    response = client.post(URL, {"withdraw": "1"}, follow=True)
    assert "U doet niet meer mee" in response.content.decode()
    assert not PairingProfile.objects.filter(user=leader).exists()
    assert suggest() == []


@pytest.mark.parametrize(
    "changes, message",
    [
        ({"themes": []}, "Kies ten minste één thema."),
        ({"half_days": []}, "Kies ten minste één dagdeel."),
        ({"capacity": ""}, "Geef aan hoeveel gezellen u aanneemt"),
        ({"capacity": "50"}, "hoogstens 5"),
        ({"phase": "9"}, "Selecteer een geldige keuze"),
        ({"municipality": "abc"}, "Selecteer een geldige keuze"),
        ({"half_days": ["zo-a"]}, "Selecteer een geldige keuze"),
    ],
)
def test_bad_input_gets_a_message(client, leader, changes, message):
    client.force_login(leader)
    response = client.post(URL, form_data(**changes))
    assert response.status_code == 400
    assert message in response.content.decode()
    assert not PairingProfile.objects.exists()


def test_english_form_speaks_english(client, leader):
    client.force_login(leader)
    with translation.override("en"):
        url = reverse("networks:opt_in")
    assert url == "/en/mentoring/take-part/"
    response = client.post(url, form_data(themes=[]))
    assert "Choose at least one theme." in response.content.decode()


def test_only_school_leaders_may_opt_in(client, taxonomy):
    teacher = member(user__email="t@school.example", role="teacher")
    client.force_login(teacher)
    assert client.get(URL).status_code == 403
    assert client.post(URL, form_data()).status_code == 403
    assert not PairingProfile.objects.exists()


def test_visitor_is_sent_to_log_in(client, db):
    response = client.get(URL)
    assert response.status_code == 302
    assert "/account/login/" in response["Location"]
