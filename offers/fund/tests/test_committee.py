"""Committee decisions: several applications put to a meeting, each member votes once, the
majority decides and the record says who voted what; ties and the pages' permissions."""

import datetime
from decimal import Decimal

import pytest
from django.urls import reverse

from core.statemachine import IllegalMove
from schools.tests.factories import member

from .. import committee
from ..machine import MACHINE
from ..models import Application, FunderMember, Meeting, SchemeProcedure, Status, Vote

pytestmark = pytest.mark.django_db
DAY = datetime.date(2026, 12, 10)


@pytest.fixture
def by_committee(procedure):
    procedure.decision = SchemeProcedure.Decision.COMMITTEE
    procedure.save()
    return procedure


@pytest.fixture
def colleagues(funder):
    users = []
    for name in ("Anna", "Bert"):
        user = member(user__email=f"{name.lower()}@kansrijk.example", display_name=name)
        FunderMember.objects.create(funder=funder, user=user)
        users.append(user)
    return users


def copy_of(draft, pupils):
    clone = Application.objects.get(pk=draft.pk)
    clone.pk = None
    clone.pupils = pupils
    clone.save()
    return clone


def in_review(application, teacher, funder_user):
    MACHINE.run(application, "submit", teacher)
    MACHINE.run(application, "review", funder_user)


def test_the_majority_grants_and_the_record_names_the_votes(
    draft, by_committee, teacher, funder_user, colleagues, fund
):
    second = copy_of(draft, 20)
    for application in (draft, second):
        in_review(application, teacher, funder_user)
    meeting = committee.put_to_committee(funder_user, by_committee.funder, DAY, [draft, second])
    assert set(meeting.applications.all()) == {draft, second}
    anna, bert = colleagues
    assert committee.vote(meeting, draft, funder_user, "grant", "Past goed.") is None
    assert committee.vote(meeting, draft, anna, "decline", "Te duur.") is None
    assert committee.vote(meeting, draft, bert, "grant") == "grant"
    draft.refresh_from_db()
    assert draft.status == Status.GRANTED and draft.amount_granted == Decimal("400.00")
    fund.refresh_from_db()
    assert fund.committed == Decimal("400.00")
    text = draft.events.get(move="grant").text
    assert "Anna: afwijzen (Te duur.)" in text and "Bert: toekennen" in text
    # The other application waits for its own votes.
    second.refresh_from_db()
    assert second.status == Status.IN_REVIEW


def test_the_majority_declines(draft, by_committee, teacher, funder_user, colleagues):
    in_review(draft, teacher, funder_user)
    meeting = committee.put_to_committee(funder_user, by_committee.funder, DAY, [draft])
    anna, bert = colleagues
    committee.vote(meeting, draft, funder_user, "decline", "Niet voor deze regeling.")
    committee.vote(meeting, draft, anna, "abstain")
    assert committee.vote(meeting, draft, bert, "decline") == "reject"
    draft.refresh_from_db()
    assert draft.status == Status.REJECTED
    assert "onthouden" in draft.decision_note


def test_a_tie_leaves_it_in_review(draft, by_committee, teacher, funder_user, colleagues):
    in_review(draft, teacher, funder_user)
    meeting = committee.put_to_committee(funder_user, by_committee.funder, DAY, [draft])
    anna, bert = colleagues
    committee.vote(meeting, draft, funder_user, "grant")
    committee.vote(meeting, draft, anna, "decline")
    assert committee.vote(meeting, draft, bert, "abstain") == "tie"
    draft.refresh_from_db()
    assert draft.status == Status.IN_REVIEW
    assert "staken" in draft.events.last().text


def test_one_vote_per_member_and_only_members(
    draft, by_committee, teacher, funder_user, colleagues, other_funder_user
):
    in_review(draft, teacher, funder_user)
    meeting = committee.put_to_committee(funder_user, by_committee.funder, DAY, [draft])
    committee.vote(meeting, draft, funder_user, "grant")
    with pytest.raises(IllegalMove, match="al gestemd"):
        committee.vote(meeting, draft, funder_user, "decline")
    with pytest.raises(IllegalMove, match="leden van de commissie"):
        committee.vote(meeting, draft, other_funder_user, "grant")
    with pytest.raises(IllegalMove, match="leden van de commissie"):
        committee.vote(meeting, draft, teacher, "grant")
    assert Vote.objects.count() == 1


def test_one_member_cannot_decide_a_committee_scheme(draft, by_committee, teacher, funder_user):
    in_review(draft, teacher, funder_user)
    assert "grant" not in [move.name for move in MACHINE.available(draft, "funder")]
    with pytest.raises(IllegalMove, match="commissie"):
        MACHINE.run(draft, "grant", funder_user, {"amount": "400"})
    with pytest.raises(IllegalMove, match="commissie"):
        MACHINE.run(draft, "reject", funder_user, {"text": "Nee"})


def test_only_applications_in_review_of_a_committee_scheme(
    draft, by_committee, teacher, funder_user, other_funder_user
):
    with pytest.raises(IllegalMove):  # still a draft
        committee.put_to_committee(funder_user, by_committee.funder, DAY, [draft])
    in_review(draft, teacher, funder_user)
    with pytest.raises(IllegalMove):  # not a member of this funder
        committee.put_to_committee(other_funder_user, by_committee.funder, DAY, [draft])
    assert not Meeting.objects.exists()


def test_the_meeting_pages(client, draft, by_committee, teacher, funder_user, colleagues):
    in_review(draft, teacher, funder_user)
    client.force_login(funder_user)
    new = reverse("fund:meeting_new")
    assert "Robots bouwen" in client.get(new).content.decode()
    assert client.post(new, {"date": "2026-12-10"}).status_code == 400  # no application chosen
    response = client.post(new, {"date": "2026-12-10", "applications": [draft.pk]})
    meeting = Meeting.objects.get()
    assert response.url == reverse("fund:meeting", args=[meeting.pk])
    vote_url = reverse("fund:vote", args=[meeting.pk, draft.pk])
    assert client.post(vote_url, {f"a{draft.pk}-choice": "maybe"}).status_code == 400
    client.post(vote_url, {f"a{draft.pk}-choice": "grant", f"a{draft.pk}-note": "Ja."})
    assert client.post(vote_url, {f"a{draft.pk}-choice": "grant"}).status_code == 400
    page = client.get(reverse("fund:meeting", args=[meeting.pk])).content.decode()
    assert "Ja." in page and "Nog geen stemmen" not in page


@pytest.mark.parametrize(
    ("who", "see", "vote"),
    [
        ("funder_user", 200, 302),
        ("editor", 200, 403),
        ("teacher", 403, 403),
        ("other_funder_user", 403, 403),
        ("stranger", 403, 403),
    ],
)
def test_who_sees_and_votes_in_a_meeting(
    client, draft, by_committee, teacher, funder_user, who, see, vote, request
):
    in_review(draft, teacher, funder_user)
    meeting = committee.put_to_committee(funder_user, by_committee.funder, DAY, [draft])
    client.force_login(request.getfixturevalue(who))
    assert client.get(reverse("fund:meeting", args=[meeting.pk])).status_code == see
    response = client.post(
        reverse("fund:vote", args=[meeting.pk, draft.pk]), {f"a{draft.pk}-choice": "grant"}
    )
    assert response.status_code == vote
    assert Vote.objects.count() == (1 if vote == 302 else 0)


@pytest.mark.parametrize("who", ["teacher", "editor", "stranger"])
def test_only_funder_members_call_a_meeting(client, who, request):
    client.force_login(request.getfixturevalue(who))
    assert client.get(reverse("fund:meeting_new")).status_code == 403
    assert client.post(reverse("fund:meeting_new"), {"date": "2026-12-10"}).status_code == 403


def test_one_meeting_per_date(draft, by_committee, teacher, funder_user):
    second = copy_of(draft, 20)
    for application in (draft, second):
        in_review(application, teacher, funder_user)
    first = committee.put_to_committee(funder_user, by_committee.funder, DAY, [draft])
    again = committee.put_to_committee(funder_user, by_committee.funder, DAY, [second])
    assert first == again and set(first.applications.all()) == {draft, second}
    assert Meeting.objects.count() == 1
