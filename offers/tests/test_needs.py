"""Need profiles, shortlist and plan: access, forms, pages, calendar feed, demo."""

from datetime import timedelta
from decimal import Decimal

import pytest
from django.urls import reverse
from django.utils import timezone, translation
from icalendar import Calendar

from community.tests.factories import SchoolFactory, member
from core.models import CurriculumGoal, LearningArea, TargetGroup, Theme
from offers.models import NeedProfile, SchoolCoordinator, SchoolPlanFeed, ShortlistItem
from offers.tests.factories import (
    FundingSchemePageFactory,
    OfferPageFactory,
    add_session,
    aware,
    booking_request,
    dutch,
    region,
)
from search.indexing import index_instance

pytestmark = pytest.mark.usefixtures("read_in_dutch")


@pytest.fixture
def need(school, taxonomy):
    need = NeedProfile.objects.create(school=school, title="Cultuur in groep 5-6")
    need.themes.set([dutch(Theme, "verrijkte-schooldag")])
    need.target_groups.set([dutch(TargetGroup, "groep-5-6")])
    return need


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


def test_member_of_another_school_gets_403_on_every_page(client, need, home_pages):
    other = member()
    other.profile.verify_for(SchoolFactory())
    client.force_login(other)
    for url in need_urls(need):
        assert client.get(url).status_code == 403, url
    response = client.post(reverse("offers:need_delete", args=[need.pk]))
    assert response.status_code == 403
    assert NeedProfile.objects.filter(pk=need.pk).exists()


def test_unverified_member_with_the_school_on_the_profile_gets_403(client, need, home_pages):
    """Choosing a school in the profile is not enough; an editor must verify the member."""
    user = member()
    user.profile.school = need.school
    user.profile.save()
    client.force_login(user)
    assert client.get(reverse("offers:need_list")).status_code == 403
    assert client.get(reverse("offers:need_matches", args=[need.pk])).status_code == 403


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


@pytest.fixture
def offers(catalogue, need):
    provider = catalogue["provider"]
    theatre = OfferPageFactory(
        parent=provider,
        title="Theater op school",
        reach="local",
        regions=[region("eemsdelta-gm1979")],
    )
    add_session(theatre, (timezone.now() + timedelta(days=40)).replace(second=0, microsecond=0))
    index_instance(theatre)
    far = OfferPageFactory(
        parent=provider,
        title="Haven Rotterdam",
        reach="local",
        regions=[region("rotterdam-gm0599")],
    )
    index_instance(far)
    return {"theatre": theatre, "far": far}


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


def test_shortlist_from_matches_and_from_the_offer_page_then_note_and_ask(
    client, need, teacher, offers
):
    client.force_login(teacher)
    theatre = offers["theatre"]
    matches_url = reverse("offers:need_matches", args=[need.pk])
    response = client.post(
        reverse("offers:shortlist_add"),
        {"offer": theatre.pk, "target": f"need:{need.pk}", "next": matches_url},
    )
    assert response.status_code == 302
    assert response["Location"] == matches_url
    item = ShortlistItem.objects.get()
    assert (item.school, item.need, item.offer) == (need.school, need, theatre.page_ptr.specific)
    assert "Staat op de keuzelijst." in client.get(matches_url).content.decode()

    # The offer page carries the button for members who hold a school.
    other = OfferPageFactory(parent=theatre.get_parent(), title="Dans in de gymzaal")
    offer_page = client.get(other.url).content.decode()
    assert 'action="/mijn-school/keuzelijst/toevoegen/"' in offer_page
    assert f'value="school:{need.school.pk}"' in offer_page
    client.post(
        reverse("offers:shortlist_add"), {"offer": other.pk, "target": f"school:{need.school.pk}"}
    )
    assert ShortlistItem.objects.count() == 2

    # The shortlist offers to ask for it (with the need), and keeps a note; no self-made plan.
    shortlist_page = client.get(reverse("offers:shortlist", args=[need.school_id])).content
    ask_url = reverse("bookings:create", args=[theatre.pk]) + f"?hulpvraag={need.pk}"
    assert f'href="{ask_url}"' in shortlist_page.decode()
    assert "Geplande datum" not in shortlist_page.decode()
    update = reverse("offers:shortlist_update", args=[item.pk])
    response = client.post(update, {f"i{item.pk}-note": "x" * 301})
    assert response.status_code == 400
    assert "De notitie is te lang" in response.content.decode()
    response = client.post(
        update, {f"i{item.pk}-note": "Met groep 5 en 6 samen", f"i{item.pk}-status": "done"}
    )
    assert response.status_code == 302
    item.refresh_from_db()
    assert item.note == "Met groep 5 en 6 samen"
    assert not hasattr(item, "status")  # the shortlist has no state of its own


def test_offer_page_has_no_button_for_visitors(client, offers):
    assert "keuzelijst" not in client.get(offers["theatre"].url).content.decode()


def test_shortlist_add_for_a_school_not_held_is_refused(client, teacher, offers):
    client.force_login(teacher)
    stranger = SchoolFactory()
    response = client.post(
        reverse("offers:shortlist_add"),
        {"offer": offers["theatre"].pk, "target": f"school:{stranger.pk}"},
    )
    assert response.status_code == 403
    assert not ShortlistItem.objects.exists()


def test_calendar_feed_of_planned_activities_parses_without_login(client, need, offers):
    theatre = offers["theatre"]
    session = theatre.sessions.get()
    booking_request(
        need.school, theatre, start=session.start, end=session.end, session=session, need=need
    )
    booking_request(need.school, offers["far"], status="new")  # asked, not planned
    ShortlistItem.objects.create(school=need.school, need=need, offer=offers["far"])  # saved
    token = SchoolPlanFeed.for_school(need.school).token
    response = client.get(reverse("offers:school_feed", args=[token]))
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    calendar = Calendar.from_ical(response.content)
    events = list(calendar.walk("VEVENT"))
    assert [str(event["summary"]) for event in events] == ["Theater op school"]
    assert events[0].decoded("dtstart") == timezone.localtime(session.start)
    assert "Cultuur in groep 5-6" in str(events[0]["description"])
    assert client.get(reverse("offers:school_feed", args=["geraden"])).status_code == 404


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
    assert [m.offer.slug for m in culture.matches] == ["robots-bouwen", "werkplaats-op-woensdag"]
    # Left out counts over every offer sharing a theme, a learning area or a curriculum goal
    # with the need (no longer only a theme): more culture and technology offers elsewhere.
    assert culture.left_out == {"target_group": 4, "region": 5, "budget": 0}
    assert [m.offer.slug for m in food.matches] == ["gezonde-lunch-in-de-klas", "rust-in-de-klas"]
    assert food.left_out == {"target_group": 1, "region": 2, "budget": 0}
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
    from offers.needs.demand import offer_demand

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


def test_the_shortlist_cannot_mark_done_only_a_done_activity_unlocks_the_review(
    client, need, teacher, offers
):
    """The school's own plan could be faked; only a request that took place unlocks the review."""
    theatre = offers["theatre"]
    ShortlistItem.objects.create(school=need.school, need=need, offer=theatre)
    client.force_login(teacher)
    offer_page = client.get(theatre.url).content.decode()
    assert "Uw school kan dit aanbod beoordelen nadat het is uitgevoerd" in offer_page
    assert 'name="rating"' not in offer_page

    shortlist_url = reverse("offers:shortlist", args=[need.school_id])
    shortlist_page = client.get(shortlist_url).content.decode()
    assert "is uitgevoerd" not in shortlist_page
    assert "uitgevoerd/" not in shortlist_page  # no form to mark it done

    from offers.bookings.demo import record_done_activity

    booking = record_done_activity(
        need.school, theatre, timezone.localdate() - timedelta(days=2), teacher
    )
    offer_page = client.get(theatre.url).content.decode()
    assert 'name="rating"' in offer_page
    assert "nadat het is uitgevoerd" not in offer_page
    shortlist_page = " ".join(client.get(shortlist_url).content.decode().split())
    day = timezone.localtime(booking.start).date()
    detail = reverse("bookings:detail", args=[booking.pk])
    assert f'<a href="{detail}">Uitgevoerd op {day.day} ' in shortlist_page


def test_the_shortlist_shows_where_the_school_stands_with_each_offer(
    client, need, teacher, offers, catalogue
):
    theatre, far = offers["theatre"], offers["far"]
    music = OfferPageFactory(parent=catalogue["provider"], title="Muziek in de klas")
    dance = OfferPageFactory(parent=catalogue["provider"], title="Dans")
    for offer in (theatre, far, music, dance):
        ShortlistItem.objects.create(school=need.school, need=need, offer=offer)
    asked = booking_request(need.school, theatre, status="new")
    planned = booking_request(need.school, far, start=aware(2030, 3, 12))
    booking_request(need.school, far, status="declined")  # older, closed
    declined = booking_request(need.school, dance, status="declined")
    booking_request(SchoolFactory(), music)  # another school's plan
    client.force_login(teacher)
    page = " ".join(
        client.get(reverse("offers:shortlist", args=[need.school_id])).content.decode().split()
    )

    def card(title):
        start = page.index(f">{title}</a></h2>")
        return page[start : page.index("</li>", start)]

    asked_link = f'<a href="{reverse("bookings:detail", args=[asked.pk])}">'
    assert asked_link + "Aangevraagd" in card("Theater op school")
    planned_link = f'<a href="{reverse("bookings:detail", args=[planned.pk])}">'
    assert planned_link + "Gepland op 12 maart 2030" in card("Haven Rotterdam")
    assert "Techniekpunt" in card("Haven Rotterdam")  # the provider
    ask_music = reverse("bookings:create", args=[music.pk]) + f"?hulpvraag={need.pk}"
    assert f'href="{ask_music}">Aanvragen' in card("Muziek in de klas")
    assert "Gepland" not in card("Muziek in de klas")
    assert "Afgewezen" in card("Dans") and "Opnieuw aanvragen" in card("Dans")
    assert reverse("bookings:detail", args=[declined.pk]) in card("Dans")


def test_only_members_of_the_school_change_or_remove_its_shortlist(client, need, offers):
    item = ShortlistItem.objects.create(
        school=need.school, offer=offers["theatre"], note="Eigen notitie"
    )
    outsider = member()
    outsider.profile.verify_for(SchoolFactory())
    client.force_login(outsider)
    update = reverse("offers:shortlist_update", args=[item.pk])
    assert client.post(update, {f"i{item.pk}-note": "Van iemand anders"}).status_code == 403
    remove = reverse("offers:shortlist_remove", args=[item.pk])
    assert client.post(remove).status_code == 403
    item.refresh_from_db()
    assert item.note == "Eigen notitie"


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


def test_a_school_member_renews_the_calendar_link_and_the_old_one_stops(client, need, teacher):
    old = SchoolPlanFeed.for_school(need.school).token
    client.force_login(teacher)
    page = client.get(reverse("offers:shortlist", args=[need.school.pk])).content.decode()
    assert reverse("offers:renew_feed", args=[need.school.pk]) in page
    response = client.post(reverse("offers:renew_feed", args=[need.school.pk]))
    assert response.status_code == 302
    new = SchoolPlanFeed.for_school(need.school).token
    assert new != old
    assert client.get(reverse("offers:school_feed", args=[old])).status_code == 404
    assert client.get(reverse("offers:school_feed", args=[new])).status_code == 200


def test_only_the_schools_members_renew_its_calendar_link(client, need):
    old = SchoolPlanFeed.for_school(need.school).token
    url = reverse("offers:renew_feed", args=[need.school.pk])
    assert client.post(url).status_code == 302  # to the login page
    client.force_login(member())
    assert client.post(url).status_code == 403
    assert client.get(url).status_code == 405
    assert SchoolPlanFeed.for_school(need.school).token == old
