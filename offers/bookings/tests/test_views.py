"""The request pages as members use them, and who may open or change what (every view, action)."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from offers.bookings import transitions
from offers.bookings.choices import Status
from offers.bookings.models import BookingRequest

pytestmark = pytest.mark.django_db

ACTIONS = [
    "accept",
    "propose",
    "accept-proposal",
    "decline-proposal",
    "decline",
    "cancel",
    "confirm",
    "message",
]


def form_data(session=None, **overrides):
    data = {
        "groups": "groep 5 en 6",
        "pupils": "24",
        "contact_name": "Juf Anna",
        "contact_email": "juf@wierde.example",
        "message": "Wij komen graag.",
    }
    if session is not None:
        data["session"] = str(session.pk)
    data.update(overrides)
    return data


def test_the_last_place_is_counted_in_the_singular(client, teacher, school, offer, session):
    session.capacity = 1
    session.save()
    client.force_login(teacher)
    form = client.get(reverse("bookings:create", args=[offer.pk])).content.decode()
    assert "(1 plaats vrij)" in form
    response = client.post(
        reverse("bookings:create", args=[offer.pk]), form_data(session, school=school.pk)
    )
    assert "Er is nog 1 plaats vrij op deze datum; u vraagt er 24." in response.content.decode()
    assert not BookingRequest.objects.exists()


def test_a_school_member_asks_for_a_session_from_the_offer_page(
    client, teacher, school, offer, session
):
    client.force_login(teacher)
    page = client.get(offer.url).content.decode()
    create_url = reverse("bookings:create", args=[offer.pk])
    assert f'href="{create_url}"' in page
    form = client.get(create_url)
    assert form.status_code == 200
    assert "30 plaatsen vrij" in form.content.decode()
    assert "no-store" in form["Cache-Control"] and "private" in form["Cache-Control"]
    response = client.post(create_url, form_data(session, school=school.pk))
    booking = BookingRequest.objects.get()
    assert response.status_code == 302
    assert response["Location"] == reverse("bookings:detail", args=[booking.pk])
    assert (booking.school, booking.session, booking.pupils) == (school, session, 24)
    detail = client.get(response["Location"]).content.decode()
    assert "Uw aanvraag is verstuurd" in detail
    assert "Nieuw" in detail


def test_the_form_says_what_is_missing_and_saves_nothing(client, teacher, school, offer, session):
    client.force_login(teacher)
    url = reverse("bookings:create", args=[offer.pk])
    response = client.post(url, form_data(school=school.pk, pupils="0"))
    assert response.status_code == 400
    html = response.content.decode()
    assert "Kies een datum van de aanbieder of stel ten minste één datum voor." in html
    response = client.post(url, form_data(school=school.pk, date_option_1="2001-01-01"))
    assert "Kies een datum na vandaag." in response.content.decode()
    assert not BookingRequest.objects.exists()


def test_a_member_cannot_ask_for_another_school_through_the_form(
    client, teacher, offer, session, other_school
):
    client.force_login(teacher)
    url = reverse("bookings:create", args=[offer.pk])
    response = client.post(url, form_data(session, school=other_school.pk))
    assert response.status_code == 400
    assert not BookingRequest.objects.exists()


def test_a_full_session_gets_a_clear_message(
    client, teacher, school, offer, session, ask, other_teacher, other_school
):
    ask(user=other_teacher, for_school=other_school, session=session, pupils=30)
    client.force_login(teacher)
    url = reverse("bookings:create", args=[offer.pk])
    # The session is no longer offered; posting it anyway is refused with a message.
    assert "plaatsen vrij" not in client.get(url).content.decode()
    response = client.post(url, form_data(session, school=school.pk))
    assert response.status_code == 400
    assert BookingRequest.objects.filter(school=school).count() == 0


@pytest.mark.parametrize("who", ["anonymous", "stranger", "provider_member"])
def test_only_school_members_may_ask(client, offer, session, who, request):
    if who != "anonymous":
        client.force_login(request.getfixturevalue(who))
    response = client.get(reverse("bookings:create", args=[offer.pk]))
    if who == "anonymous":
        assert response.status_code == 302 and "login" in response["Location"]
    else:
        assert response.status_code == 403


@pytest.mark.parametrize(
    ("who", "status"),
    [
        ("anonymous", 302),
        ("stranger", 404),
        ("other_teacher", 404),
        ("teacher", 200),
        ("provider_member", 200),
        ("coordinator", 200),
    ],
)
def test_who_sees_a_request(client, ask, session, school, who, status, request):
    from schools.models import SchoolCoordinator

    booking = ask(session=session)
    if who == "coordinator":
        user = request.getfixturevalue("stranger")
        SchoolCoordinator.objects.create(user=user, school=school)
        client.force_login(user)
    elif who != "anonymous":
        client.force_login(request.getfixturevalue(who))
    response = client.get(reverse("bookings:detail", args=[booking.pk]))
    assert response.status_code == status
    if status == 200:
        assert booking.message in response.content.decode()


@pytest.mark.parametrize("action", ACTIONS)
@pytest.mark.parametrize("who", ["anonymous", "stranger", "other_teacher"])
def test_outsiders_cannot_act_on_a_request(client, ask, session, action, who, request):
    booking = ask(session=session)
    if who != "anonymous":
        client.force_login(request.getfixturevalue(who))
    response = client.post(
        reverse("bookings:action", args=[booking.pk, action]),
        {f"{action}-reason": "x", f"{action}-text": "x", "message-text": "x"},
    )
    assert response.status_code == (302 if who == "anonymous" else 404)
    booking.refresh_from_db()
    assert booking.status == Status.NEW and booking.events.count() == 1


def test_actions_need_post(client, ask, session, provider_member):
    booking = ask(session=session)
    client.force_login(provider_member)
    response = client.get(reverse("bookings:action", args=[booking.pk, "accept"]))
    assert response.status_code == 405
    booking.refresh_from_db()
    assert booking.status == Status.NEW


def test_the_provider_accepts_and_the_school_sees_it_planned(
    client, ask, session, provider_member, teacher
):
    booking = ask(session=session)
    client.force_login(provider_member)
    detail = client.get(reverse("bookings:detail", args=[booking.pk])).content.decode()
    assert "Aanvraag accepteren" in detail
    response = client.post(reverse("bookings:action", args=[booking.pk, "accept"]))
    assert response.status_code == 302
    client.force_login(teacher)
    page = client.get(reverse("bookings:my_school")).content.decode()
    assert "1 activiteit gepland" in page


def test_an_illegal_action_says_why_and_changes_nothing(client, ask, session, teacher):
    booking = ask(session=session)
    client.force_login(teacher)
    response = client.post(reverse("bookings:action", args=[booking.pk, "accept"]))
    assert response.status_code == 400
    assert "Alleen de aanbieder kan dit doen." in response.content.decode()
    booking.refresh_from_db()
    assert booking.status == Status.NEW
    response = client.post(reverse("bookings:action", args=[booking.pk, "cancel"]), {})
    assert response.status_code == 400
    assert "Controleer het formulier." in response.content.decode()
    booking.refresh_from_db()
    assert booking.status == Status.NEW


def test_a_message_shows_in_the_thread_escaped(client, ask, session, provider_member):
    booking = ask(session=session)
    client.force_login(provider_member)
    client.post(
        reverse("bookings:action", args=[booking.pk, "message"]),
        {"message-text": "Neem <script>alert(1)</script> mee"},
    )
    html = client.get(reverse("bookings:detail", args=[booking.pk])).content.decode()
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "<script>alert(1)" not in html


def test_the_provider_proposes_and_the_school_accepts_on_the_site(
    client, ask, session, provider_member, teacher
):
    booking = ask(session=session)
    day = timezone.localdate() + timedelta(days=30)
    client.force_login(provider_member)
    client.post(
        reverse("bookings:action", args=[booking.pk, "propose"]),
        {
            "propose-date": day.isoformat(),
            "propose-start_time": "13:00",
            "propose-end_time": "15:00",
        },
    )
    booking.refresh_from_db()
    assert booking.status == Status.PROPOSED
    client.force_login(teacher)
    client.post(reverse("bookings:action", args=[booking.pk, "accept-proposal"]))
    booking.refresh_from_db()
    assert booking.status == Status.ACCEPTED
    assert timezone.localtime(booking.start).date() == day


@pytest.mark.parametrize(
    ("who", "status", "target"),
    [
        ("teacher", 302, "bookings:my_school"),
        ("provider_member", 302, "bookings:my_offers"),
        ("stranger", 302, "community:my_profile"),
    ],
)
def test_members_land_on_their_workspace_after_login(client, who, status, target, request):
    client.force_login(request.getfixturevalue(who))
    response = client.get(reverse("bookings:after_login"))
    assert response.status_code == status and response["Location"] == reverse(target)


def test_the_header_links_the_workspace_of_each_side(client, teacher, provider_member, offer):
    client.force_login(teacher)
    html = client.get(offer.url).content.decode()
    assert reverse("bookings:my_school") in html and reverse("bookings:my_offers") not in html
    client.force_login(provider_member)
    html = client.get(offer.url).content.decode()
    assert reverse("bookings:my_offers") in html and reverse("bookings:my_school") not in html


def test_the_review_unlocks_only_after_the_school_confirms(
    client, ask, session, provider_member, teacher
):
    booking = ask(session=session)
    transitions.accept(provider_member, booking)
    review_url = reverse("community:review_form", args=[booking.offer.pk])
    client.force_login(teacher)
    assert client.post(review_url, {"rating": "5", "text": "Top"}).status_code == 403
    past = timezone.now() - timedelta(days=1)
    BookingRequest.objects.filter(pk=booking.pk).update(start=past - timedelta(hours=2), end=past)
    assert client.post(review_url, {"rating": "5", "text": "Top"}).status_code == 403
    client.post(reverse("bookings:action", args=[booking.pk, "confirm"]), {"confirm-held": "yes"})
    booking.refresh_from_db()
    assert booking.status == Status.DONE
    page = client.get(reverse("bookings:my_school")).content.decode()
    assert f"Beoordeel '{booking.offer.title}'" in page
    response = client.post(review_url, {"rating": "5", "text": "De kinderen bouwden mee."})
    assert response.status_code == 302
