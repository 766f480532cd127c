"""Leermeester–gezel: suggestions in order with their reasons, the pair's life, and a log that
only the pair and the broker read."""

import pytest
from django.urls import reverse
from django.utils import translation

from community.tests.factories import member
from core.models import Region, Theme

from ..pairs import Pair, PairingProfile, PairMeeting
from ..suggest import suggest

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def in_dutch():
    with translation.override("nl"):
        yield


def opt_in(email, name, role, themes, phase, code, half_days="", capacity=1):
    user = member(user__email=email, display_name=name, role="school_leader")
    profile = PairingProfile.objects.create(
        user=user,
        role=role,
        phase=phase,
        municipality=Region.objects.get(code=code),
        half_days=half_days,
        capacity=capacity,
    )
    profile.themes.set(Theme.objects.filter(locale__language_code="nl", slug__in=themes))
    return user


@pytest.fixture
def people(taxonomy):
    return {
        "mira": opt_in("mira@a.example", "Mira", "leermeester",
                       ["ouderbetrokkenheid", "lerarentekort"], 4, "GM1979", "ma-o,di-m"),
        "kees": opt_in("kees@b.example", "Kees", "leermeester",
                       ["ouderbetrokkenheid"], 2, "GM0363", "vr-o"),
        "gijs": opt_in("gijs@c.example", "Gijs", "gezel",
                       ["ouderbetrokkenheid", "lerarentekort"], 1, "GM1979", "ma-o"),
        "noor": opt_in("noor@d.example", "Noor", "gezel", ["duurzaamheid"], 1, "GM0014"),
    }  # fmt: skip


@pytest.fixture
def broker(db):
    return member(user__email="makelaar@alliantie.example", user__is_staff=True)


def test_suggestions_ranked_with_reasons(people):
    suggestions = suggest()
    pairs = [(s.master.user.email, s.apprentice.user.email) for s in suggestions]
    # Noor shares no theme with anyone: not suggested.
    assert pairs == [("mira@a.example", "gijs@c.example"), ("kees@b.example", "gijs@c.example")]
    best = suggestions[0]
    assert best.reasons == [
        "Gedeelde thema's: Lerarentekort, Ouderbetrokkenheid",
        "De leermeester is verder (fase 4, de gezel fase 1)",
        "Zelfde gemeente: Eemsdelta",
        "1 gezamenlijk dagdeel beschikbaar",
        "Nog plaats voor 1 gezel",
    ]
    assert best.score > suggestions[1].score


def test_a_full_leermeester_is_not_suggested(people, broker):
    Pair.objects.create(master=people["mira"], apprentice=people["noor"], broker=broker)
    assert [s.master.user for s in suggest()] == [people["kees"]]


def test_pair_life_cycle_and_private_log(client, people, broker):
    client.force_login(broker)
    page = client.get(reverse("networks:pairs")).content.decode()
    assert "Zelfde gemeente: Eemsdelta" in page
    response = client.post(
        reverse("networks:propose"),
        {"master": people["mira"].pk, "apprentice": people["gijs"].pk},
    )
    pair = Pair.objects.get()
    assert response.url == reverse("networks:pair", args=[pair.pk])
    move = reverse("networks:pair_move", args=[pair.pk])
    client.force_login(people["mira"])
    client.post(move, {"move": "accept"})
    pair.refresh_from_db()
    assert pair.status == "proposed" and pair.master_accepted
    client.force_login(people["gijs"])
    client.post(move, {"move": "accept"})
    pair.refresh_from_db()
    assert pair.status == "accepted"
    client.post(
        reverse("networks:pair", args=[pair.pk]),
        {"date": "2026-11-02", "topic": "Ouderavond", "reflection": "Geheim voor ons"},
    )
    assert PairMeeting.objects.get().topic == "Ouderavond"
    # Only the broker starts it.
    response = client.post(move, {"move": "start"}, follow=True)
    assert "Alleen de makelaar kan dit doen." in response.content.decode()
    client.force_login(broker)
    client.post(move, {"move": "start"})
    assert "2 nov" in client.get(reverse("networks:pairs")).content.decode()
    # Ending needs an evaluation.
    response = client.post(move, {"move": "end", "evaluation": " "}, follow=True)
    assert "Schrijf een korte evaluatie." in response.content.decode()
    client.post(move, {"move": "end", "evaluation": "Veel geleerd over ouders."})
    pair.refresh_from_db()
    assert pair.status == "ended"
    # Someone else: 403 on the pair, its log and the broker's page.
    client.force_login(people["kees"])
    assert client.get(reverse("networks:pair", args=[pair.pk])).status_code == 403
    assert client.post(move, {"move": "end"}).status_code == 403
    assert client.get(reverse("networks:pairs")).status_code == 403
    assert client.post(reverse("networks:propose"), {}).status_code == 403


def test_bad_input_gets_a_message(client, people, broker):
    client.force_login(broker)
    response = client.post(
        reverse("networks:propose"), {"master": "x", "apprentice": people["gijs"].pk}, follow=True
    )
    assert "Deze koppeling kan niet" in response.content.decode()
    pair = Pair.objects.create(master=people["mira"], apprentice=people["gijs"], broker=broker)
    Pair.objects.filter(pk=pair.pk).update(status="active")
    response = client.post(reverse("networks:pair", args=[pair.pk]), {"date": "gisteren"})
    assert response.status_code == 400
    assert not PairMeeting.objects.exists()
