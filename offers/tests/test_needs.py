"""Need profiles, shortlist and plan: access, forms, pages, calendar feed, demo."""

from decimal import Decimal

import pytest
from django.urls import reverse
from django.utils import translation

from core.models import CurriculumGoal, LearningArea, TargetGroup, Theme
from offers.models import NeedProfile, SchoolPlanFeed, ShortlistItem
from offers.tests.factories import (
    FundingSchemePageFactory,
    OfferPageFactory,
    aware,
    booking_request,
    dutch,
    region,
)
from schools.models import SchoolCoordinator
from schools.tests.factories import SchoolFactory, member
from search.indexing import index_instance

pytestmark = pytest.mark.usefixtures("read_in_dutch")


def form_data(**overrides):
    data = {
        "title": "Gezonde voeding in de onderbouw",
        "themes": [dutch(Theme, "gezonde-basis").pk],
        "target_groups": [dutch(TargetGroup, "groep-1-2").pk, dutch(TargetGroup, "groep-3-4").pk],
        "curriculum_goals": [CurriculumGoal.objects.get(locale__language_code="nl", number=34).pk],
        "period_start": "2030-09-01",
        "period_end": "2031-06-30",
        "school_time": "during",
        "budget": "150",
        "description": "Wij willen dat kinderen weten waar hun eten vandaan komt.",
    }
    data.update(overrides)
    return data


def need_urls(need):
    return [
        reverse("offers:need_matches", args=[need.pk]),
        reverse("offers:need_edit", args=[need.pk]),
        reverse("offers:need_delete", args=[need.pk]),
        reverse("offers:need_curriculum", args=[need.pk]),
        reverse("offers:need_plan", args=[need.pk]),
        reverse("offers:shortlist", args=[need.school_id]),
    ]


def test_member_of_another_school_is_refused_on_every_page(client, need, home_pages):
    """A need of another school answers as one that does not exist (404); the school's own
    shortlist says 403."""
    other = member()
    other.profile.verify_for(SchoolFactory())
    client.force_login(other)
    for url in need_urls(need):
        expected = 403 if "/keuzelijst/" in url else 404
        assert client.get(url).status_code == expected, url
    missing = client.get(reverse("offers:need_matches", args=[need.pk + 1000]))
    found = client.get(reverse("offers:need_matches", args=[need.pk]))
    assert missing.status_code == found.status_code == 404
    response = client.post(reverse("offers:need_delete", args=[need.pk]))
    assert response.status_code == 404
    assert NeedProfile.objects.filter(pk=need.pk).exists()


def test_unverified_member_with_the_school_on_the_profile_gets_403(client, need, home_pages):
    """Choosing a school in the profile is not enough; an editor must verify the member."""
    user = member()
    user.profile.school = need.school
    user.profile.save()
    client.force_login(user)
    assert client.get(reverse("offers:need_list")).status_code == 403
    assert client.get(reverse("offers:need_matches", args=[need.pk])).status_code == 404


def test_anonymous_visitor_is_sent_to_login(client, need, home_pages):
    response = client.get(reverse("offers:need_matches", args=[need.pk]))
    assert response.status_code == 302
    assert "login" in response["Location"]


def test_colleague_and_coordinator_see_the_schools_needs(client, need, teacher, home_pages):
    colleague = member()
    colleague.profile.verify_for(need.school)
    coordinator = member()
    SchoolCoordinator.objects.create(user=coordinator, school=need.school)
    SchoolCoordinator.objects.create(user=coordinator, school=SchoolFactory(name="De Kempen"))
    for user in (teacher, colleague, coordinator):
        client.force_login(user)
        for url in need_urls(need):
            assert client.get(url).status_code == 200, url
    page = client.get(reverse("offers:need_list")).content.decode()
    assert "Cultuur in groep 5-6" in page
    assert "De Kempen" in page  # the coordinator holds both schools


def test_create_need_with_dutch_validation_messages(client, teacher, taxonomy, home_pages):
    client.force_login(teacher)
    url = reverse("offers:need_create")
    assert client.get(url).status_code == 200
    response = client.post(
        url,
        form_data(
            title="",
            themes=[],
            period_start="2030-09-01",
            period_end="2031-09-01",
            only_free_or_funded="on",
        ),
    )
    assert response.status_code == 400
    page = response.content.decode()
    assert "Geef de hulpvraag een titel." in page
    assert "Kies ten minste één thema." in page
    assert "Kies een periode binnen één schooljaar" in page
    assert "niet allebei" in page
    assert not NeedProfile.objects.exists()

    response = client.post(url, form_data())
    need = NeedProfile.objects.get()
    assert response.status_code == 302
    assert response["Location"] == reverse("offers:need_matches", args=[need.pk])
    assert need.school == teacher.profile.verified_school
    assert need.created_by == teacher
    assert need.budget == Decimal("150")
    assert {group.slug for group in need.target_groups.all()} == {"groep-1-2", "groep-3-4"}


def test_school_field_refuses_a_school_the_member_does_not_hold(client, teacher, home_pages):
    client.force_login(teacher)
    stranger = SchoolFactory()
    response = client.post(reverse("offers:need_create"), form_data(school=stranger.pk))
    assert response.status_code == 400
    assert "Kies een van uw scholen." in response.content.decode()


def test_edit_and_delete_need(client, need, teacher, home_pages):
    client.force_login(teacher)
    data = form_data(title="Cultuur en erfgoed", school=need.school.pk)
    response = client.post(reverse("offers:need_edit", args=[need.pk]), data)
    assert response.status_code == 302
    need.refresh_from_db()
    assert need.title == "Cultuur en erfgoed"
    response = client.post(reverse("offers:need_delete", args=[need.pk]))
    assert response.status_code == 302
    assert not NeedProfile.objects.filter(pk=need.pk).exists()


def test_matches_page_shows_offers_reasons_and_left_out_sentence(client, need, teacher, offers):
    client.force_login(teacher)
    page = client.get(reverse("offers:need_matches", args=[need.pk])).content.decode()
    assert "Theater op school" in page
    assert "Haven Rotterdam" not in page
    assert "Waarom dit past" in page
    assert "Lokaal aanbod in uw gemeente Eemsdelta" in page
    assert (
        "1 aanbieding niet getoond: 0 verkeerde doelgroep, 1 buiten uw regio, "
        "0 boven budget zonder passende regeling."
    ) in " ".join(page.split())


def test_matches_page_explains_goals_another_theme_and_schemes_in_dutch_and_english(
    client, need, teacher, offers, catalogue
):
    need.learning_areas.set([dutch(LearningArea, "cultuur")])
    need.curriculum_goals.set(CurriculumGoal.objects.filter(locale__language_code="nl", number=54))
    fund = FundingSchemePageFactory(
        parent=catalogue["funding"], title="Erfgoedfonds", themes=[dutch(Theme, "burgerschap")]
    )
    museum = OfferPageFactory(
        parent=catalogue["provider"],
        title="Museumles",
        themes=[dutch(Theme, "burgerschap")],
        learning_areas=[dutch(LearningArea, "cultuur")],
        curriculum_goals=list(CurriculumGoal.objects.filter(locale__language_code="nl", number=54)),
        funding_schemes=[fund],
    )
    index_instance(museum)
    client.force_login(teacher)
    page = " ".join(
        client.get(reverse("offers:need_matches", args=[need.pk])).content.decode().split()
    )
    assert page.index("Museumles") < page.index("Theater op school")  # goal before theme
    assert "Werkt aan kerndoel 54 uit uw hulpvraag: Uitdrukken en communiceren" in page
    assert (
        "Let op: </span>Ander thema dan uw hulpvraag (Burgerschap), "
        "maar het werkt aan uw kerndoelen"
    ) in page
    assert "Erfgoedfonds</a>" in page
    assert "Betaalt voor: Museumles" in page
    with translation.override("en"):
        url = reverse("offers:need_matches", args=[need.pk])
    assert url.startswith("/en/")
    page = " ".join(client.get(url).content.decode().split())
    assert "Why this fits" in page
    assert "Works on curriculum goal 54 from your need: Expressing and communicating" in page
    assert (
        "Another theme than your need (Citizenship), but it works on your curriculum goals" in page
    )
    assert "Pays for: Museumles" in page


def test_plan_page_is_printable(client, need, teacher, offers):
    ShortlistItem.objects.create(
        school=need.school, need=need, offer=offers["theatre"], note="Met groep 5 en 6 samen"
    )
    ShortlistItem.objects.create(school=need.school, need=need, offer=offers["far"])
    booking_request(need.school, offers["theatre"], start=aware(2030, 10, 7))
    client.force_login(teacher)
    page = client.get(reverse("offers:need_plan", args=[need.pk])).content.decode()
    planned = page[page.index('id="plan-planned"') : page.index('id="plan-saved"')]
    assert "Theater op school" in planned
    assert "7 Okt 2030" in planned
    assert "Met groep 5 en 6 samen" in planned
    saved = page[page.index('id="plan-saved"') :]
    assert "Haven Rotterdam" in saved and "Theater op school" not in saved
    assert 'class="nd-print-plan"' in page


def test_demo_needs_are_built_once_with_matches_and_a_plan(home_pages, locales, taxonomy):
    from core.demo import DemoContext
    from offers.demo import DEMO_SCHOOL_MEMBER, build_needs_demo, build_offers_demo
    from offers.needs.matching import match_need

    home_nl, home_en = home_pages
    context = DemoContext(home_nl, home_en, *locales, log=lambda line: None)
    build_offers_demo(context)
    teacher = member(user__email=DEMO_SCHOOL_MEMBER)
    teacher.profile.verify_for(
        SchoolFactory(name="Basisschool De Haven", municipality=region("rotterdam-gm0599"))
    )
    build_needs_demo(context)
    build_needs_demo(context)
    needs = NeedProfile.objects.order_by("title")
    assert [need.title for need in needs] == [
        "Cultuur en techniek in groep 5 en 6",
        "Gezonde voeding in groep 1 tot en met 4",
    ]
    assert sorted(ShortlistItem.objects.values_list("offer__slug", flat=True)) == [
        "gezonde-lunch-in-de-klas",
        "robots-bouwen",
        "werkplaats-op-woensdag",
    ]
    culture = match_need(needs[0])
    food = match_need(needs[1])
    # Rotterdam's own technology offers, and the national culture and technology offers that
    # make sure a demo need on any learning area finds something (issue 20).
    assert {m.offer.slug for m in culture.matches} == {
        "robots-bouwen",
        "werkplaats-op-woensdag",
        "kunstwerk-van-dichtbij",
        "techniek-vakvrouw-in-de-klas",
        "voorlezen-met-de-schrijver",
    }
    assert not culture.nothing_on_subject
    # Left out counts over every offer sharing a theme, a learning area or a curriculum goal
    # with the need (no longer only a theme): more culture and technology offers elsewhere.
    assert culture.left_out == {"target_group": 4, "region": 5, "budget": 0}
    assert [m.offer.slug for m in food.matches] == ["gezonde-lunch-in-de-klas", "rust-in-de-klas"]
    # "Veilig op de fiets" (national, on the healthy basis) is for groups 5 to 8.
    assert food.left_out == {"target_group": 2, "region": 2, "budget": 0}
    assert SchoolPlanFeed.objects.count() == 1


def test_provider_sees_demand_for_its_offer_without_school_names(client, need, offers, catalogue):
    provider_member = member()
    provider_member.profile.provider_page = catalogue["provider"]
    provider_member.profile.save()
    other_need = NeedProfile.objects.create(school=SchoolFactory(), title="Elders")
    other_need.themes.set(need.themes.all())
    other_need.target_groups.set([dutch(TargetGroup, "groep-7-8")])  # wrong group: not counted
    client.force_login(provider_member)
    page = " ".join(client.get(offers["theatre"].url).content.decode().split())
    assert "Dit aanbod past bij 1 open hulpvraag van een school" in page
    assert "Groep 5-6: 1" in page
    assert "Groningen: 1" in page
    assert need.school.name not in page
    assert need.title not in page

    stranger = member()
    client.force_login(stranger)
    assert "Vraag van scholen" not in client.get(offers["theatre"].url).content.decode()


def test_demand_counts_needs_that_share_a_goal_or_learning_area_on_another_theme(need, catalogue):
    from offers.demand import offer_demand

    museum = OfferPageFactory(
        parent=catalogue["provider"],
        title="Museumles",
        themes=[dutch(Theme, "burgerschap")],
        learning_areas=[dutch(LearningArea, "erfgoed-en-geschiedenis")],
        curriculum_goals=list(CurriculumGoal.objects.filter(locale__language_code="nl", number=54)),
    )
    assert offer_demand(museum).total == 0  # the need is on another theme, nothing shared
    need.curriculum_goals.set(CurriculumGoal.objects.filter(locale__language_code="nl", number=54))
    assert offer_demand(museum).total == 1
    need.curriculum_goals.clear()
    need.learning_areas.set([dutch(LearningArea, "erfgoed-en-geschiedenis")])
    assert offer_demand(museum).total == 1


def test_profile_page_links_to_my_school_for_members_who_hold_a_school(client, school, home_pages):
    link = f'<a href="{reverse("offers:need_list")}">Mijn school</a>'
    plain = member()
    client.force_login(plain)
    assert link not in client.get(reverse("community:my_profile")).content.decode()

    coordinator = member()
    SchoolCoordinator.objects.create(user=coordinator, school=school)
    verified = member()
    verified.profile.verify_for(school)
    for user in (coordinator, verified):
        client.force_login(user)
        assert link in client.get(reverse("community:my_profile")).content.decode()
