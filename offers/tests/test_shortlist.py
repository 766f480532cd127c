"""The shortlist (saved offers with where the school stands with each) and the school's
calendar feed."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone
from icalendar import Calendar

from offers.models import SchoolPlanFeed, ShortlistItem
from offers.tests.factories import (
    OfferPageFactory,
    aware,
    booking_request,
)
from schools.tests.factories import SchoolFactory, member

pytestmark = pytest.mark.usefixtures("read_in_dutch")


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
