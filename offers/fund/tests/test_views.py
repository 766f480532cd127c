"""Who sees what: the school its own applications, a funder those to its schemes, editors all,
everyone else a 403; every view and action."""

from decimal import Decimal

import pytest
from django.urls import reverse

from core.money import euro

from ..machine import MACHINE
from ..models import Application, Score, Status

pytestmark = pytest.mark.django_db


def test_a_school_member_applies_from_its_request(client, teacher, booking, procedure):
    client.force_login(teacher)
    url = reverse("fund:apply", args=[booking.pk])
    page = client.get(url)
    assert page.status_code == 200
    response = client.post(
        url,
        {
            "procedure": procedure.pk,
            "activity": "Robots bouwen",
            "own_costs": "50",
            "own_costs_note": "Vervoer",
            "amount_asked": "50",
            "co_financing": "0",
            "pupils": "24",
            "motivation": "Techniek voor iedereen.",
        },
    )
    application = Application.objects.get()
    assert response.url == reverse("fund:detail", args=[application.pk])
    assert application.status == Status.DRAFT
    # The offer in the fixtures is free: the breakdown starts at € 0 for the offer.
    assert application.offer_cost == Decimal("0.00")
    detail = client.get(response.url).content.decode()
    assert "Bedrag: vraag ten minste" in detail  # the rule that fails, before submitting


@pytest.mark.parametrize("who", ["other_teacher", "funder_user", "stranger"])
def test_only_the_schools_members_apply(client, booking, procedure, who, request):
    client.force_login(request.getfixturevalue(who))
    assert client.get(reverse("fund:apply", args=[booking.pk])).status_code == 403


@pytest.mark.parametrize(
    ("who", "status"),
    [
        ("teacher", 200),
        ("funder_user", 200),
        ("editor", 200),
        ("other_teacher", 403),
        ("other_funder_user", 403),
        ("stranger", 403),
    ],
)
def test_who_sees_an_application(client, draft, who, status, request):
    client.force_login(request.getfixturevalue(who))
    assert client.get(reverse("fund:detail", args=[draft.pk])).status_code == status


def test_a_visitor_is_sent_to_log_in(client, draft):
    assert client.get(reverse("fund:detail", args=[draft.pk])).status_code == 302


@pytest.mark.parametrize("who", ["other_teacher", "other_funder_user", "stranger"])
def test_outsiders_cannot_act_or_score(client, draft, who, request):
    client.force_login(request.getfixturevalue(who))
    criterion = draft.procedure.criteria.get()
    assert client.post(reverse("fund:action", args=[draft.pk, "submit"])).status_code == 403
    score_url = reverse("fund:score", args=[draft.pk, criterion.pk])
    assert client.post(score_url, {"score": 4}).status_code == 403
    draft.refresh_from_db()
    assert draft.status == Status.DRAFT


def test_the_funder_scores_and_grants_through_the_pages(client, draft, teacher, funder_user):
    client.force_login(teacher)
    assert client.post(reverse("fund:action", args=[draft.pk, "submit"])).status_code == 302
    # The school may not review or score its own application.
    assert client.post(reverse("fund:action", args=[draft.pk, "review"])).status_code == 400
    criterion = draft.procedure.criteria.get()
    score_url = reverse("fund:score", args=[draft.pk, criterion.pk])
    assert client.post(score_url, {"score": 5}).status_code == 403
    client.force_login(funder_user)
    client.post(reverse("fund:action", args=[draft.pk, "review"]))
    assert client.post(score_url, {"score": 6}).status_code == 400
    client.post(score_url, {"score": 4, "comment": "Sluit aan."})
    assert Score.objects.get().score == 4
    page = client.get(reverse("fund:detail", args=[draft.pk])).content.decode()
    assert "Nog te besteden in het fonds" in page and euro(Decimal("1000")) in page
    client.post(reverse("fund:action", args=[draft.pk, "grant"]), {"amount": "400", "text": "Ja"})
    draft.refresh_from_db()
    assert draft.status == Status.GRANTED
    assert (
        euro(Decimal("600")) in client.get(reverse("fund:detail", args=[draft.pk])).content.decode()
    )


def test_an_unknown_move_is_not_found(client, draft, teacher):
    client.force_login(teacher)
    assert client.post(reverse("fund:action", args=[draft.pk, "settle"])).status_code == 404


@pytest.mark.parametrize(
    ("who", "sees"),
    [("funder_user", True), ("editor", True), ("other_funder_user", False), ("teacher", True)],
)
def test_the_workspace_lists_only_what_one_may_see(client, draft, who, sees, request):
    client.force_login(request.getfixturevalue(who))
    page = client.get(reverse("fund:workspace"))
    assert page.status_code == 200
    assert ("Robots bouwen" in page.content.decode()) is sees


def test_the_workspace_refuses_a_member_without_school_or_funder(client, stranger):
    client.force_login(stranger)
    assert client.get(reverse("fund:workspace")).status_code == 403


@pytest.mark.parametrize(
    ("who", "status"), [("funder_user", 200), ("editor", 200), ("teacher", 403), ("stranger", 403)]
)
def test_the_export_is_for_funders_and_editors(client, draft, who, status, request):
    client.force_login(request.getfixturevalue(who))
    response = client.get(reverse("fund:export"))
    assert response.status_code == status
    if status == 200:
        assert "OBS De Wierde" in response.content.decode()


def test_a_funder_exports_only_its_own(client, draft, other_funder_user):
    client.force_login(other_funder_user)
    assert "OBS De Wierde" not in client.get(reverse("fund:export")).content.decode()


def test_evidence_whole_for_funders_totals_for_the_public(client, draft, funder_user):
    public = client.get(reverse("fund:evidence")).content.decode()
    assert "Robots bouwen" not in public and "uitgevoerde activiteiten" in public
    client.force_login(funder_user)
    assert "Robots bouwen" in client.get(reverse("fund:evidence")).content.decode()


def test_transparency_names_no_school(client, draft, teacher, funder_user):
    MACHINE.run(draft, "submit", teacher)
    MACHINE.run(draft, "review", funder_user)
    MACHINE.run(draft, "grant", funder_user, {"amount": "400"})
    page = client.get(reverse("fund:transparency")).content.decode()
    assert (
        euro(Decimal("400")) in page and "Kansrijk leren" in page and "Verrijkte schooldag" in page
    )
    assert "Wierde" not in page


def test_the_request_page_offers_the_school_to_apply(client, booking, procedure, teacher):
    client.force_login(teacher)
    page = client.get(reverse("bookings:detail", args=[booking.pk])).content.decode()
    assert reverse("fund:apply", args=[booking.pk]) in page
    assert reverse("fund:workspace") not in page  # a school member is no funder


def test_the_funder_sees_the_fund_link_and_its_share_of_the_ledger(
    client, draft, funder_user, other_funder_user
):
    client.force_login(funder_user)
    page = client.get(reverse("fund:workspace")).content.decode()
    assert reverse("fund:workspace") in page  # the header's link
    assert "Stichting Kansrijk" in page and euro(Decimal("1000")) in page
    client.force_login(other_funder_user)
    page = client.get(reverse("fund:workspace")).content.decode()
    assert "Stichting Kansrijk" not in page


def test_the_scheme_page_says_how_to_apply(client, procedure, scheme):
    page = client.get(scheme.url).content.decode()
    assert "Aanvragen kan via deze site" in page and "in delen" in page
    procedure.intake = procedure.Intake.OWN
    procedure.own_procedure = "Vraag aan via het portaal van de stichting."
    procedure.own_address = "https://kansrijk.example/aanvragen"
    procedure.save()
    page = client.get(scheme.url).content.decode()
    assert "Vraag aan via het portaal" in page and "https://kansrijk.example/aanvragen" in page


@pytest.mark.parametrize(
    ("typed", "status", "granted"),
    [
        ("300,50", 302, Decimal("300.50")),
        ("300.50", 302, Decimal("300.50")),
        ("NaN", 400, None),
        ("veel", 400, None),
        ("500", 400, None),  # more than asked
    ],
)
def test_the_granted_amount_as_typed(client, draft, teacher, funder_user, typed, status, granted):
    MACHINE.run(draft, "submit", teacher)
    MACHINE.run(draft, "review", funder_user)
    client.force_login(funder_user)
    response = client.post(reverse("fund:action", args=[draft.pk, "grant"]), {"amount": typed})
    assert response.status_code == status
    draft.refresh_from_db()
    assert draft.amount_granted == granted


def test_the_review_screen_shows_the_schools_need_and_what_the_offer_proved(
    client, draft, teacher, funder_user, offer, school
):
    from offers.bookings.models import BookingRequest
    from offers.models import NeedProfile
    from offers.tests.factories import booking_request

    need = NeedProfile.objects.create(
        school=school,
        title="Meer techniek in groep 5 en 6",
        description="Onze leerlingen bouwen graag, maar we hebben geen materiaal.",
    )
    BookingRequest.objects.filter(pk=draft.request_id).update(need=need)
    booking_request(school, offer, status="done")  # done once, booked twice: a repeat
    client.force_login(funder_user)
    page = client.get(reverse("fund:detail", args=[draft.pk])).content.decode()
    assert "De vraag van de school" in page and "Meer techniek in groep 5 en 6" in page
    assert "Uitgevoerde activiteiten: 1" in page
    assert "Scholen bereikt: 1" in page
    assert "Scholen die het opnieuw boekten: 1" in page
    client.force_login(teacher)
    page = client.get(reverse("fund:detail", args=[draft.pk])).content.decode()
    assert "Scholen bereikt" not in page  # the evidence is for the funder
