"""More information asked: the funder asks a question (the school gets an e-mail), the school
answers (kept in the record) and the application is in review again; the illegal moves."""

import pytest
from django.urls import reverse

from core.statemachine import IllegalMove

from ..machine import MACHINE
from ..models import ApplicationEvent, Status

pytestmark = pytest.mark.django_db


def in_review(draft, teacher, funder_user):
    MACHINE.run(draft, "submit", teacher)
    MACHINE.run(draft, "review", funder_user)
    return draft


def test_ask_and_answer_return_to_review(
    draft, teacher, funder_user, mailoutbox, django_capture_on_commit_callbacks
):
    in_review(draft, teacher, funder_user)
    with django_capture_on_commit_callbacks(execute=True):
        MACHINE.run(draft, "ask", funder_user, {"text": "Hoeveel groepen doen mee?"})
    assert draft.status == Status.INFO_ASKED
    assert mailoutbox[-1].to == ["juf@wierde.example"]
    assert "Hoeveel groepen doen mee?" in mailoutbox[-1].body
    assert "meer informatie gevraagd" in mailoutbox[-1].subject
    with django_capture_on_commit_callbacks(execute=True):
        MACHINE.run(draft, "answer", teacher, {"text": "Groep 5 en groep 6."})
    assert draft.status == Status.IN_REVIEW
    assert mailoutbox[-1].to == ["fonds@kansrijk.example"]
    record = list(ApplicationEvent.objects.values_list("move", "to_status", "text"))
    assert record[-2:] == [
        ("ask", Status.INFO_ASKED, "Hoeveel groepen doen mee?"),
        ("answer", Status.IN_REVIEW, "Groep 5 en groep 6."),
    ]


def test_a_question_and_an_answer_need_words(draft, teacher, funder_user):
    in_review(draft, teacher, funder_user)
    with pytest.raises(IllegalMove, match="vraag"):
        MACHINE.run(draft, "ask", funder_user, {"text": "  "})
    MACHINE.run(draft, "ask", funder_user, {"text": "Welke groep?"})
    with pytest.raises(IllegalMove, match="antwoord"):
        MACHINE.run(draft, "answer", teacher, {"text": ""})
    assert draft.status == Status.INFO_ASKED


@pytest.mark.parametrize(
    ("status", "move", "who"),
    [
        (Status.SUBMITTED, "ask", "funder_user"),  # only from in review
        (Status.IN_REVIEW, "ask", "teacher"),  # the school does not ask itself
        (Status.IN_REVIEW, "answer", "teacher"),  # nothing was asked
        (Status.INFO_ASKED, "answer", "funder_user"),  # the school answers
        (Status.INFO_ASKED, "grant", "funder_user"),  # no decision while waiting
        (Status.INFO_ASKED, "reject", "funder_user"),
    ],
)
def test_illegal_moves_around_a_question(draft, status, move, who, request):
    type(draft).objects.filter(pk=draft.pk).update(status=status)
    draft.refresh_from_db()
    with pytest.raises(IllegalMove):
        MACHINE.run(draft, move, request.getfixturevalue(who), {"text": "x", "amount": "100"})
    draft.refresh_from_db()
    assert draft.status == status


def test_the_school_may_withdraw_while_asked(draft, teacher, funder_user):
    in_review(draft, teacher, funder_user)
    MACHINE.run(draft, "ask", funder_user, {"text": "Welke groep?"})
    MACHINE.run(draft, "withdraw", teacher)
    assert draft.status == Status.WITHDRAWN


def test_the_pages_offer_the_question_and_the_answer(client, draft, teacher, funder_user):
    in_review(draft, teacher, funder_user)
    client.force_login(funder_user)
    url = reverse("fund:action", args=[draft.pk, "ask"])
    assert (
        "Uw vraag aan de school"
        in client.get(reverse("fund:detail", args=[draft.pk])).content.decode()
    )
    assert client.post(url, {"text": ""}).status_code == 400
    assert client.post(url, {"text": "Welke groep?"}).status_code == 302
    client.force_login(teacher)
    page = client.get(reverse("fund:detail", args=[draft.pk])).content.decode()
    assert "Welke groep?" in page and "Uw antwoord" in page
    client.post(reverse("fund:action", args=[draft.pk, "answer"]), {"text": "Groep 6."})
    draft.refresh_from_db()
    assert draft.status == Status.IN_REVIEW
