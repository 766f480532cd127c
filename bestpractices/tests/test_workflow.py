"""Editors' experience: moderation workflow, scheduled publishing, revisions and previews."""

from datetime import timedelta
from unittest import mock

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Page, WorkflowState

from bestpractices.models import BestPracticePage

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor(django_user_model):
    user = django_user_model.objects.create_user("redacteur", password="x", is_staff=True)
    user.groups.add(Group.objects.get(name="Editors"))
    return user


@pytest.fixture
def moderator(django_user_model):
    user = django_user_model.objects.create_user("moderator", password="x", is_staff=True)
    user.groups.add(Group.objects.get(name="Moderators"))
    return user


def draft_best_practice(index, user, **fields):
    page = BestPracticePage(
        title="Nieuw voorbeeld",
        slug="nieuw-voorbeeld",
        organisation_name="Stichting X",
        organisation_kind="civil-society",
        goal="Een doel.",
        live=False,
        owner=user,
        **fields,
    )
    index.add_child(instance=page)
    page.save_revision(user=user)
    return page


def test_moderation_workflow_covers_the_whole_site(bp_index):
    index_nl, index_en = bp_index
    root = Page.get_first_root_node()
    assert root.get_workflow().name == "Goedkeuring door de redactie"
    assert index_nl.get_workflow() == root.get_workflow()
    assert index_en.get_workflow() == root.get_workflow()


def test_submitted_page_is_not_live_until_a_moderator_approves(client, bp_index, editor, moderator):
    index_nl, _ = bp_index
    page = draft_best_practice(index_nl, editor)
    # An editor may edit but not publish.
    assert page.permissions_for_user(editor).can_edit()
    assert not page.permissions_for_user(editor).can_publish()
    assert page.permissions_for_user(moderator).can_publish()

    state = page.get_workflow().start(page, editor)
    assert WorkflowState.objects.filter(pk=state.pk, status="in_progress").exists()
    page.refresh_from_db()
    assert page.current_workflow_state == state
    assert not page.live
    assert client.get("/goede-voorbeelden/nieuw-voorbeeld/").status_code == 404

    task_state = state.current_task_state
    task_state.task.specific.on_action(task_state, moderator, "approve")
    page.refresh_from_db()
    assert page.live
    state.refresh_from_db()
    assert state.status == "approved"
    assert client.get("/goede-voorbeelden/nieuw-voorbeeld/").status_code == 200


def test_editor_cannot_publish_through_the_admin(client, bp_index, editor):
    index_nl, _ = bp_index
    page = draft_best_practice(index_nl, editor)
    client.force_login(editor)
    response = client.get(f"/admin/pages/{page.pk}/edit/")
    assert response.status_code == 200
    assert 'name="action-submit"' in response.text
    assert 'name="action-publish"' not in response.text


def test_revisions_can_be_previewed(client, bp_index, django_user_model):
    index_nl, _ = bp_index
    admin = django_user_model.objects.create_superuser("beheer", password="x")
    page = draft_best_practice(index_nl, admin)
    page.title = "Tweede versie"
    page.save_revision(user=admin)
    assert page.revisions.count() == 2
    first, second = page.revisions.order_by("pk")
    client.force_login(admin)
    # The admin shows each revision as the visitor would see it.
    view = reverse("wagtailadmin_pages:revisions_view", args=[page.pk, first.pk])
    assert "Nieuw voorbeeld" in client.get(view).text
    view = reverse("wagtailadmin_pages:revisions_view", args=[page.pk, second.pk])
    assert "<h1>Tweede versie</h1>" in client.get(view).text


def test_scheduled_page_goes_live_when_due(bp_index, editor):
    index_nl, _ = bp_index
    page = draft_best_practice(index_nl, editor, go_live_at=timezone.now() + timedelta(hours=2))
    revision = page.latest_revision
    revision.publish()
    page.refresh_from_db()
    assert not page.live
    assert revision.approved_go_live_at is not None

    call_command("publish_scheduled")
    page.refresh_from_db()
    assert not page.live  # not yet due

    # Three hours later, the scheduled run publishes it (Wagtail 8's command; the older name
    # publish_scheduled_pages is an alias of it).
    later = timezone.now() + timedelta(hours=3)
    with mock.patch("django.utils.timezone.now", return_value=later):
        call_command("publish_scheduled")
    page.refresh_from_db()
    assert page.live
