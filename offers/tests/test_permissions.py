"""Providers submit, editors approve: Wagtail's page permissions and moderation workflow."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from wagtail.models import WorkflowState

from offers.models import OfferPage
from offers.permissions import PROVIDERS_GROUP, grant_provider_access
from offers.tests.factories import OfferPageFactory, ProviderPageFactory, form_data

pytestmark = pytest.mark.django_db


@pytest.fixture
def setup(catalogue):
    own = catalogue["provider"]
    other = ProviderPageFactory(parent=catalogue["index"], title="Cultuurhuis")
    own_offer = OfferPageFactory(parent=own, title="Robotles")
    other_offer = OfferPageFactory(parent=other, title="Theaterles")
    user = get_user_model().objects.create_user("aanbieder", "a@example.org", "geheim-123")
    grant_provider_access(user, own)
    return {
        "user": user,
        "own": own,
        "other": other,
        "own_offer": own_offer,
        "other_offer": other_offer,
    }


def test_provider_edits_own_offers_but_not_anothers_and_cannot_publish(setup):
    user = setup["user"]
    own = setup["own_offer"].permissions_for_user(user)
    assert own.can_edit()
    assert not own.can_publish()
    assert setup["own"].permissions_for_user(user).can_add_subpage()
    other = setup["other_offer"].permissions_for_user(user)
    assert not other.can_edit()
    assert not setup["other"].permissions_for_user(user).can_add_subpage()


def test_grant_is_idempotent_and_uses_the_providers_group(setup):
    user = setup["user"]
    group = grant_provider_access(user, setup["own"])
    assert grant_provider_access(user, setup["own"]) == group
    assert set(user.groups.values_list("name", flat=True)) == {PROVIDERS_GROUP, group.name}
    assert group.page_permissions.count() == 2  # add and change, on the provider's page


def test_admin_forbids_editing_another_providers_offer(setup, client):
    client.force_login(setup["user"])
    assert client.get(f"/admin/pages/{setup['own_offer'].pk}/edit/").status_code == 200
    # Wagtail answers a forbidden page edit by sending the user back to the dashboard.
    response = client.get(f"/admin/pages/{setup['other_offer'].pk}/edit/")
    assert response.status_code == 302
    assert response.url == "/admin/"
    response = client.post(
        f"/admin/pages/{setup['other_offer'].pk}/edit/", {"title": "Overgenomen"}
    )
    assert response.status_code == 302
    setup["other_offer"].refresh_from_db()
    assert setup["other_offer"].title == "Theaterles"
    assert setup["other_offer"].get_latest_revision() is None  # no draft was saved either


def test_provider_submission_waits_for_moderation(setup, client):
    offer = setup["own_offer"]
    client.force_login(setup["user"])
    url = f"/admin/pages/{offer.pk}/edit/"
    data = form_data(client.get(url).context["form"])
    data.update({"title": "Robotles voor groep 5 en 6", "action-submit": "1"})
    response = client.post(url, data)
    assert response.status_code == 302
    offer.refresh_from_db()
    assert offer.title == "Robotles"  # the live page is unchanged
    state = WorkflowState.objects.get(base_content_type__isnull=False, object_id=str(offer.pk))
    assert state.status == WorkflowState.STATUS_IN_PROGRESS

    # Publishing directly is refused.
    data.pop("action-submit")
    data["action-publish"] = "1"
    client.post(url, data)
    offer.refresh_from_db()
    assert offer.title == "Robotles"


def test_accreditation_is_hidden_from_providers_and_cannot_be_set_by_them(setup, client):
    offer = setup["own_offer"]
    client.force_login(setup["user"])
    url = f"/admin/pages/{offer.pk}/edit/"
    response = client.get(url)
    form = response.context["form"]
    assert "accreditation_level" not in form.fields
    assert b'name="accreditation_level"' not in response.content
    data = form_data(form)
    data["accreditation_level"] = "proven"
    assert client.post(url, data).status_code == 302
    draft = OfferPage.objects.get(pk=offer.pk).get_latest_revision_as_object()
    assert draft.accreditation_level == "none"


def test_editors_set_the_accreditation(setup, client):
    """Wagtail's Moderators (editors who approve and publish) see and set the accreditation."""
    offer = setup["own_offer"]
    editor = get_user_model().objects.create_user("redacteur", "r@example.org", "geheim-123")
    editor.groups.add(Group.objects.get(name="Moderators"))
    client.force_login(editor)
    url = f"/admin/pages/{offer.pk}/edit/"
    form = client.get(url).context["form"]
    assert "accreditation_level" in form.fields
    data = form_data(form)
    data.update({"accreditation_level": "proven", "action-publish": "1"})
    assert client.post(url, data).status_code == 302
    offer.refresh_from_db()
    assert offer.accreditation_level == "proven"
