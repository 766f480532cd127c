"""Matching a need to offers: hard conditions, left-out counts, ranking, explanations, coverage."""

from datetime import date, timedelta
from decimal import Decimal

import pytest
from django.utils import timezone

from core.models import TargetGroup, Theme
from offers.conditions import (
    BUDGET,
    REGION,
    TARGET_GROUP,
    NeedContext,
    hard_failure,
    reaches_school,
)
from offers.models import ShortlistItem
from offers.needs.coverage import curriculum_coverage
from offers.needs.matching import match_need
from offers.tests.factories import (
    FundingSchemePageFactory,
    OfferPageFactory,
    add_session,
    booking_request,
    dutch,
    region,
)
from offers.tests.needing import goals, make_need, offer, titles
from schools.tests.factories import SchoolFactory

pytestmark = pytest.mark.usefixtures("read_in_dutch")


@pytest.fixture
def scenario(catalogue, school):
    """Offers around a school in Eemsdelta with a budget of 100 euro per activity."""
    provider = catalogue["provider"]
    usable = FundingSchemePageFactory(
        parent=catalogue["funding"], title="Cultuurregeling Eemsdelta"
    )
    other = FundingSchemePageFactory(parent=catalogue["funding"], title="Fonds elders")
    need = make_need(school, budget=Decimal("100"), schemes=[usable])
    offers = {
        "national_free": offer(provider, title="Landelijk gratis"),
        "local_cheap": offer(
            provider,
            title="Lokaal in Eemsdelta",
            reach="local",
            regions=[region("eemsdelta-gm1979")],
            is_free=False,
            price=Decimal("50"),
            price_unit="group",
        ),
        "province": offer(
            provider,
            title="Provincie Groningen",
            reach="regional",
            regions=[region("provincie-groningen")],
        ),
        "wrong_group": offer(
            provider, title="Voor kleuters", target_groups=[dutch(TargetGroup, "groep-1-2")]
        ),
        "elsewhere": offer(
            provider, title="Haven Rotterdam", reach="local", regions=[region("rotterdam-gm0599")]
        ),
        "too_dear": offer(
            provider, title="Te duur", is_free=False, price=Decimal("300"), price_unit="group"
        ),
        "dear_but_funded": offer(
            provider,
            title="Duur maar betaald",
            is_free=False,
            price=Decimal("300"),
            price_unit="group",
            funding_schemes=[usable],
        ),
        "dear_other_scheme": offer(
            provider,
            title="Duur met andere regeling",
            is_free=False,
            price=Decimal("300"),
            price_unit="group",
            funding_schemes=[other],
        ),
        "other_theme": offer(
            provider,
            title="Ander thema",
            themes=[dutch(Theme, "duurzaamheid")],
            target_groups=[dutch(TargetGroup, "groep-1-2")],
        ),
    }
    return {"need": need, "offers": offers, "usable": usable, "other": other}


def test_hard_conditions_leave_out_offers_and_count_them_by_reason(scenario):
    result = match_need(scenario["need"])
    assert titles(result) == {
        "Landelijk gratis",
        "Lokaal in Eemsdelta",
        "Provincie Groningen",
        "Duur maar betaald",
    }
    # "Ander thema" does not share a theme with the need, so it is not counted as left out.
    assert result.left_out == {TARGET_GROUP: 1, REGION: 1, BUDGET: 2}
    assert result.left_out_total == 4


def test_left_out_counts_do_not_depend_on_the_search_hits(scenario):
    """An offer the search engine never saw still counts when it fails a condition."""
    OfferPageFactory(
        parent=scenario["offers"]["national_free"].get_parent(),
        title="Niet geïndexeerd, verkeerde groep",
        target_groups=[dutch(TargetGroup, "groep-7-8")],
    )
    assert match_need(scenario["need"]).left_out[TARGET_GROUP] == 2


def test_over_budget_offer_shows_only_when_a_scheme_of_the_school_pays(scenario):
    need, offers = scenario["need"], scenario["offers"]
    ctx = NeedContext.build(need)
    assert hard_failure(ctx, offers["dear_but_funded"]) is None
    assert hard_failure(ctx, offers["dear_other_scheme"]) == BUDGET
    # Once the school can use the other scheme too, that offer passes as well.
    need.funding_schemes.add(scenario["other"])
    assert hard_failure(NeedContext.build(need), offers["dear_other_scheme"]) is None


def test_only_free_or_funded_leaves_out_paid_offers_without_a_scheme(scenario):
    need = scenario["need"]
    need.budget = None
    need.only_free_or_funded = True
    need.save()
    result = match_need(need)
    assert "Lokaal in Eemsdelta" not in titles(result)  # 50 euro, no scheme
    assert {"Landelijk gratis", "Duur maar betaald"} <= titles(result)
    assert result.left_out[BUDGET] == 3


def test_no_budget_means_any_price_passes(scenario):
    need = scenario["need"]
    need.budget = None
    need.save()
    assert "Te duur" in titles(match_need(need))


@pytest.mark.parametrize(
    ("reach", "slug", "reached"),
    [
        ("local", "eemsdelta-gm1979", True),
        ("local", "het-hogeland-gm1966", False),
        ("regional", "provincie-groningen", True),
        ("regional", "noord-groningen", True),
        ("regional", "provincie-limburg", False),
        ("regional", "metropoolregio-amsterdam", False),
    ],
)
def test_reach_is_judged_from_the_school_municipality(catalogue, school, reach, slug, reached):
    need = make_need(school)
    page = OfferPageFactory(parent=catalogue["provider"], reach=reach, regions=[region(slug)])
    ctx = NeedContext.build(need)
    assert reaches_school(ctx, page) is reached
    national = OfferPageFactory(parent=catalogue["provider"], reach="national")
    assert reaches_school(ctx, national)


def test_ranking_puts_local_before_national_and_proven_before_unassessed(catalogue, school):
    provider = catalogue["provider"]
    need = make_need(school, title="Theaterles", description="Een voorstelling in de klas")
    offer(provider, title="Landelijk theater", summary="Theaterles met een voorstelling.")
    offer(
        provider,
        title="Bewezen theater",
        summary="Theaterles met een voorstelling.",
        accreditation_level="proven",
    )
    offer(
        provider,
        title="Theater in Eemsdelta",
        summary="Theaterles met een voorstelling.",
        reach="local",
        regions=[region("eemsdelta-gm1979")],
        accreditation_level="proven",
    )
    offer(provider, title="Zonder de woorden", summary="Robots bouwen.")
    order = [match.offer.title for match in match_need(need).matches]
    assert order == [
        "Theater in Eemsdelta",
        "Bewezen theater",
        "Landelijk theater",
        "Zonder de woorden",  # on the need's theme but not its words: last, still shown
    ]


def test_why_it_fits_names_reach_budget_scheme_dates_and_goals(scenario):
    need = scenario["need"]
    need.period_start = date(2030, 9, 1)
    need.period_end = date(2030, 12, 20)
    need.save()
    need.curriculum_goals.set(goals(54, 55))
    local = scenario["offers"]["local_cheap"]
    local.curriculum_goals.set(goals(55, 56))
    local.save()
    add_session(local, timezone.make_aware(timezone.datetime(2030, 10, 7, 9)))
    add_session(local, timezone.make_aware(timezone.datetime(2031, 3, 2, 9)))
    result = match_need(need)
    reasons = {
        match.offer.title: " | ".join(reason.text for reason in match.reasons)
        for match in result.matches
    }
    assert "Lokaal aanbod in uw gemeente Eemsdelta" in reasons["Lokaal in Eemsdelta"]
    assert "binnen uw budget van € 100,00" in reasons["Lokaal in Eemsdelta"]
    assert "Werkt aan kerndoel 55 uit uw hulpvraag" in reasons["Lokaal in Eemsdelta"]
    assert "1 datum tussen 1 september 2030 en 20 december 2030" in reasons["Lokaal in Eemsdelta"]
    assert (
        "Regionaal aanbod voor provincie Groningen, waar uw school in ligt"
        in reasons["Provincie Groningen"]
    )
    assert "Landelijk aanbod" in reasons["Landelijk gratis"]
    funded = reasons["Duur maar betaald"]
    assert "boven uw budget, maar te betalen uit Cultuurregeling Eemsdelta" in funded
    assert "Te betalen uit uw regeling: Cultuurregeling Eemsdelta" in funded


def test_matching_schemes_share_a_theme_and_reach_the_school(catalogue, school):
    funding = catalogue["funding"]
    theme = dutch(Theme, "verrijkte-schooldag")
    FundingSchemePageFactory(parent=funding, title="Landelijk cultuurfonds", themes=[theme])
    FundingSchemePageFactory(
        parent=funding,
        title="Groningse cultuur",
        themes=[theme],
        reach="regional",
        regions=[region("provincie-groningen")],
    )
    FundingSchemePageFactory(
        parent=funding,
        title="Rotterdamse cultuur",
        themes=[theme],
        reach="local",
        regions=[region("rotterdam-gm0599")],
    )
    FundingSchemePageFactory(
        parent=funding, title="Duurzaam fonds", themes=[dutch(Theme, "duurzaamheid")]
    )
    result = match_need(make_need(school))
    assert [scheme.title for scheme in result.schemes] == [
        "Groningse cultuur",
        "Landelijk cultuurfonds",
    ]


def test_curriculum_coverage_shows_covered_stacked_and_open_goals(catalogue, school):
    provider = catalogue["provider"]
    need = make_need(school, goals=[44, 45, 54])
    robots = OfferPageFactory(parent=provider, title="Robots", curriculum_goals=goals(44, 45))
    workshop = OfferPageFactory(parent=provider, title="Werkplaats", curriculum_goals=goals(44))
    music = OfferPageFactory(parent=provider, title="Muziek", curriculum_goals=goals(54, 55))
    # Planned with the provider for this need, and done (asked without naming the need, for an
    # offer on the need's shortlist): both count.
    booking_request(school, robots, status="accepted", need=need)
    ShortlistItem.objects.create(school=school, need=need, offer=workshop)
    booking_request(school, workshop, status="done", start=timezone.now() - timedelta(days=9))
    # Saved and asked for, but not planned: does not cover anything yet.
    ShortlistItem.objects.create(school=school, need=need, offer=music)
    booking_request(school, music, status="new")
    # Planned by another school: not this need's.
    other = OfferPageFactory(parent=provider, title="Dans", curriculum_goals=goals(54))
    booking_request(SchoolFactory(), other, need=None)

    coverage = curriculum_coverage(need)
    assert sorted(row.goal.number for row in coverage.covered) == [44, 45]
    assert [row.goal.number for row in coverage.stacked] == [44]
    assert [row.goal.number for row in coverage.open] == [54]
    stacked = coverage.stacked[0]
    assert {page.title for page in stacked.offers} == {"Robots", "Werkplaats"}
    # Goals are grouped by learning area: 54 (culture) is in another area than 44 and 45.
    area_of = {row.goal.number: area.area.slug for area in coverage.areas for row in area.rows}
    assert area_of[44] == area_of[45] != area_of[54]
