import pytest
from django.contrib.auth.models import Permission
from django.db import IntegrityError
from django.urls import reverse

from schools.tests.factories import member

from ..models import Endorsement, QuestionEvent, SystemQuestion
from ..services import endorse, merge_questions


@pytest.fixture
def editor(db):
    user = member(user__email="redactie@example.org")
    user.user_permissions.add(Permission.objects.get(codename="change_systemquestion"))
    return user


@pytest.fixture
def question(school_member):
    return SystemQuestion.objects.create(
        title="Geen tijd voor ouderbetrokkenheid",
        level="school",
        example="Onze leerkrachten hebben geen uren voor huisbezoeken.",
        filed_by=school_member,
    )


def test_filing_a_question_from_a_route(client, route, coordinator):
    client.force_login(coordinator)
    response = client.post(
        reverse("routes:question_create") + f"?route={route.pk}",
        {"title": "Regels voor vervoer", "level": "municipality", "example": "Busvervoer"},
    )
    question = SystemQuestion.objects.get(title="Regels voor vervoer")
    assert response.status_code == 302
    assert question.route == route and question.filed_by == coordinator
    assert question.endorsements.count() == 1
    assert not question.published


def test_bad_input_gives_a_message_not_a_500(client, stranger):
    client.force_login(stranger)
    response = client.post(reverse("routes:question_create") + "?route=abc", {"level": "mars"})
    assert response.status_code == 200
    assert "Selecteer een geldige keuze" in response.content.decode()


def test_herkenbaar_once_per_member(client, question, stranger):
    question.published = True
    question.save()
    client.force_login(stranger)
    url = reverse("routes:question_endorse", args=[question.pk])
    client.post(url, {"example": "Bij ons ook"})
    client.post(url)
    assert question.endorsements.filter(user=stranger).count() == 1
    with pytest.raises(IntegrityError):
        Endorsement.objects.create(question=question, user=stranger)


def test_merge_keeps_all_endorsements(question, school_member, stranger, lead):
    other = SystemQuestion.objects.create(
        title="Te weinig uren voor ouders", level="school", example="Idem", filed_by=stranger
    )
    endorse(question, school_member)
    endorse(other, stranger)
    endorse(other, school_member)  # endorsed both: counted once after the merge
    endorse(other, lead)
    merge_questions(other, question)
    assert set(question.endorsements.values_list("user", flat=True)) == {
        school_member.pk,
        stranger.pk,
        lead.pk,
    }
    other.refresh_from_db()
    assert other.merged_into == question and not other.published


def test_unpublished_question_is_private(client, question, stranger, school_member):
    url = reverse("routes:question", args=[question.pk])
    assert client.get(url).status_code == 404
    client.force_login(stranger)
    assert client.get(url).status_code == 404
    client.force_login(school_member)
    assert client.get(url).status_code == 200


def test_editor_moves_and_answer(client, question, editor, stranger):
    client.force_login(stranger)
    move = reverse("routes:question_move", args=[question.pk, "discuss"])
    assert client.post(move).status_code == 403
    assert client.post(reverse("routes:question_publish", args=[question.pk])).status_code == 403
    client.force_login(editor)
    client.post(move)
    client.post(reverse("routes:question_move", args=[question.pk, "to-policy"]))
    answer_url = reverse("routes:question_move", args=[question.pk, "answer"])
    client.post(answer_url, {"answer": ""})
    question.refresh_from_db()
    assert question.status == "policy"
    client.post(answer_url, {"answer": "De gemeente betaalt vanaf 2027 mee."})
    client.post(reverse("routes:question_publish", args=[question.pk]), {"published": "1"})
    question.refresh_from_db()
    assert question.status == "answered" and question.published
    assert QuestionEvent.objects.filter(question=question).count() == 3


def test_public_page_lists_published_anonymised(client, question, school_member):
    question.published = True
    question.save()
    SystemQuestion.objects.create(title="Verborgen", level="national", example="x")
    body = client.get(reverse("routes:questions")).content.decode()
    assert "Geen tijd voor ouderbetrokkenheid" in body
    assert "Verborgen" not in body
    assert "School" in body and "(1)" in body
    detail = client.get(reverse("routes:question", args=[question.pk])).content.decode()
    assert school_member.profile.display_name not in detail
