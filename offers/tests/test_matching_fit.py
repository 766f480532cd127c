"""Matches that fit the need: shared curriculum goals and learning areas rank before a shared
theme, reasons name them, and the schemes beside the matches fit the need and the offers."""

import pytest
from django.utils import translation

from core.models import LearningArea, TargetGroup, Theme
from offers.conditions import (
    BUDGET,
    REGION,
    TARGET_GROUP,
)
from offers.models import FundingSchemePage
from offers.needs.matching import match_need
from offers.tests.factories import (
    FundingSchemePageFactory,
    OfferPageFactory,
    dutch,
    region,
)
from offers.tests.needing import goals, make_need, offer

pytestmark = pytest.mark.usefixtures("read_in_dutch")


@pytest.fixture
def reading(catalogue, school):
    """The issue's case: a need for reading in groep 3 (Taal en lezen, kerndoelen 9 and 10) on
    the theme 'kansengelijkheid en armoede', and offers around it."""
    provider = catalogue["provider"]
    poverty = dutch(Theme, "kansengelijkheid-en-armoede")
    parents = dutch(Theme, "ouderbetrokkenheid")
    reading_area = [dutch(LearningArea, "taal-en-lezen")]
    groups_3_4 = [dutch(TargetGroup, "groep-3-4")]
    need = make_need(
        school,
        title="Lezen in groep 3",
        description="Technisch en begrijpend lezen versterken",
        themes=["kansengelijkheid-en-armoede"],
        areas=["taal-en-lezen"],
        goals=[9, 10],
        groups=["groep-3-4"],
    )
    offer(
        provider,
        title="Leesplan groep 3 en 4",
        themes=[poverty],
        learning_areas=reading_area,
        curriculum_goals=goals(9, 10),
        target_groups=groups_3_4,
    )
    offer(
        provider,
        title="Voorleesouders in de klas",
        themes=[parents],  # another theme than the need's
        learning_areas=reading_area,
        curriculum_goals=goals(9),
        target_groups=groups_3_4,
    )
    offer(
        provider,
        title="Leeskring",
        themes=[poverty],
        learning_areas=reading_area,
        target_groups=groups_3_4,
    )
    # Only the theme in common, though it holds the need's words and is proven and local:
    # the search engine alone would put it first.
    offer(
        provider,
        title="Lezen in groep 3 over armoede: coaching voor het team",
        summary="Technisch en begrijpend lezen versterken door armoede te herkennen.",
        themes=[poverty],
        target_groups=groups_3_4,
        accreditation_level="proven",
        reach="local",
        regions=[region("eemsdelta-gm1979")],
    )
    offer(
        provider,
        title="Leesclub groep 7 en 8",
        themes=[poverty],
        learning_areas=reading_area,
        curriculum_goals=goals(9, 10),
        target_groups=[dutch(TargetGroup, "groep-7-8")],
    )
    offer(
        provider,
        title="Zwemles",
        themes=[dutch(Theme, "gezonde-basis")],
        learning_areas=[dutch(LearningArea, "sport-en-bewegen")],
        target_groups=groups_3_4,
    )
    return need


def test_reading_need_finds_the_reading_offers_before_a_theme_only_offer(reading):
    result = match_need(reading)
    assert [match.offer.title for match in result.matches] == [
        "Leesplan groep 3 en 4",  # goals 9 and 10, Taal en lezen, the theme
        "Voorleesouders in de klas",  # goal 9 and Taal en lezen, on another theme
        "Leeskring",  # Taal en lezen and the theme
        "Lezen in groep 3 over armoede: coaching voor het team",  # the theme only
    ]
    # The reading club for groep 7-8 shares the goals but not the group: left out and counted;
    # swimming shares nothing with the need: neither shown nor counted.
    assert result.left_out == {TARGET_GROUP: 1, REGION: 0, BUDGET: 0}


def test_reasons_name_the_shared_goals_areas_and_another_theme(reading):
    reasons = {
        match.offer.title: {reason.label: reason for reason in match.reasons}
        for match in match_need(reading).matches
    }
    plan = reasons["Leesplan groep 3 en 4"]
    assert plan["Kerndoelen"].text == (
        "Werkt aan de kerndoelen 9, 10 uit uw hulpvraag: "
        "9 Plezier in lezen en schrijven; 10 Strategieën hanteren"
    )
    assert plan["Leergebied"].text == "Taal en lezen"
    assert plan["Thema"].text == "Kansengelijkheid en armoede"
    parents = reasons["Voorleesouders in de klas"]
    assert parents["Kerndoelen"].text == (
        "Werkt aan kerndoel 9 uit uw hulpvraag: Plezier in lezen en schrijven"
    )
    assert parents["Thema"].text == (
        "Ander thema dan uw hulpvraag (Ouderbetrokkenheid), maar het werkt aan uw kerndoelen"
    )
    assert not parents["Thema"].positive
    assert "Kerndoelen" not in reasons["Leeskring"]
    assert set(reasons["Lezen in groep 3 over armoede: coaching voor het team"]) >= {"Thema"}
    assert not {"Kerndoelen", "Leergebied"} & set(
        reasons["Lezen in groep 3 over armoede: coaching voor het team"]
    )


def test_reasons_read_in_english(reading):
    with translation.override("en"):
        reasons = {
            match.offer.title: " | ".join(reason.text for reason in match.reasons)
            for match in match_need(reading).matches
        }
    assert (
        "Works on curriculum goals 9, 10 from your need: 9 Enjoying reading and writing; 10 Using"
        in reasons["Leesplan groep 3 en 4"]
    )
    assert "Reading and language" in reasons["Leesplan groep 3 en 4"]
    assert (
        "Another theme than your need (Parental involvement), but it works on your curriculum "
        "goals" in reasons["Voorleesouders in de klas"]
    )


@pytest.fixture
def technology(catalogue, school):
    """A technology need on the theme 'duurzaamheid', and schemes around it."""
    provider, funding = catalogue["provider"], catalogue["funding"]
    sustainability = dutch(Theme, "duurzaamheid")
    food = FundingSchemePageFactory(
        parent=funding,
        title="Jong Leren Eten",
        themes=[dutch(Theme, "gezonde-basis"), sustainability],
    )
    robots_fund = FundingSchemePageFactory(
        parent=funding, title="Techniekfonds", themes=[dutch(Theme, "lerarentekort")]
    )
    FundingSchemePageFactory(parent=funding, title="Duurzame school", themes=[sustainability])
    FundingSchemePageFactory(
        parent=funding,
        title="Duurzaam Rotterdam",
        themes=[sustainability],
        reach="local",
        regions=[region("rotterdam-gm0599")],
    )
    offer(
        provider,
        title="Schooltuin in Amsterdam",
        reach="local",
        regions=[region("amsterdam-gm0363")],
        themes=[sustainability],
        learning_areas=[dutch(LearningArea, "natuur-milieu-duurzaamheid")],
        curriculum_goals=goals(39, 40),
        target_groups=[dutch(TargetGroup, "groep-7-8")],
        funding_schemes=[food],
    )
    offer(
        provider,
        title="Robots bouwen",
        themes=[dutch(Theme, "verrijkte-schooldag")],
        learning_areas=[dutch(LearningArea, "techniek")],
        curriculum_goals=goals(44, 45),
        target_groups=[dutch(TargetGroup, "groep-7-8")],
        funding_schemes=[robots_fund],
    )
    return make_need(
        school,
        title="Techniek in groep 7 en 8",
        themes=["duurzaamheid"],
        areas=["techniek"],
        goals=[44, 45],
        groups=["groep-7-8"],
    )


def test_technology_need_is_not_offered_the_healthy_food_scheme(technology):
    result = match_need(technology)
    # The robots share goals and the learning area but not the theme: found all the same.
    assert [match.offer.title for match in result.matches] == ["Robots bouwen"]
    assert result.left_out == {TARGET_GROUP: 0, REGION: 1, BUDGET: 0}
    # Jong Leren Eten shares the theme but pays only for a school garden (not technology);
    # the fund that pays for the robots shown is listed though its theme is another; a general
    # scheme on the need's theme is listed; one out of reach is not.
    assert [scheme.title for scheme in result.schemes] == ["Duurzame school", "Techniekfonds"]
    assert [(scheme.title, [o.title for o in paid]) for scheme, paid in result.scheme_rows] == [
        ("Duurzame school", []),
        ("Techniekfonds", ["Robots bouwen"]),
    ]


def test_a_scheme_that_pays_for_offers_on_the_need_subject_is_listed(catalogue, technology):
    """Once a technology offer (not shown: out of reach) is paid from it, Jong Leren Eten
    fits the technology need."""
    food = FundingSchemePage.objects.get(title="Jong Leren Eten")
    OfferPageFactory(
        parent=catalogue["provider"],
        title="Zonne-energie in Rotterdam",
        reach="local",
        regions=[region("rotterdam-gm0599")],
        learning_areas=[dutch(LearningArea, "techniek")],
        funding_schemes=[food],
    )
    assert "Jong Leren Eten" in [scheme.title for scheme in match_need(technology).schemes]
