"""Editors moderate replies and verify members in Wagtail's admin."""

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse

from .factories import DiscussionFactory, SchoolFactory, member
from .test_profiles import add_comment

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor(client):
    user = get_user_model().objects.create_superuser("redactie", "r@example.org", "x-y-z-12345")
    client.force_login(user)
    return user


def test_admin_lists_render(client, home_pages, editor):
    discussion = DiscussionFactory(title="Moderatie nodig")
    add_comment(discussion, member(), "Een reactie voor de lijst")
    for name in ("profile", "xtdcomment", "discussion", "schoolemaildomain", "school"):
        response = client.get(reverse(f"community_{name}:index"))
        assert response.status_code == 200, name
    assert (
        "Een reactie voor de lijst"
        in client.get(reverse("community_xtdcomment:index")).content.decode()
    )


def test_editor_hides_a_reply(client, home_pages, editor):
    discussion = DiscussionFactory()
    comment = add_comment(discussion, member(), "Spam met links")
    response = client.post(
        reverse("community_xtdcomment:edit", args=[comment.pk]),
        {"comment": comment.comment, "is_removed": "on"},
    )
    assert response.status_code == 302
    comment.refresh_from_db()
    assert comment.is_removed and not comment.is_public
    client.get(discussion.get_absolute_url())  # shows (and uses up) the admin's message
    html = client.get(discussion.get_absolute_url()).content.decode()
    assert "Spam met links" not in html
    assert "Deze reactie is verwijderd." in html


def test_editor_verifies_a_member_for_a_school(client, home_pages, editor):
    school = SchoolFactory()
    profile = member().profile
    response = client.post(
        reverse("community_profile:edit", args=[profile.pk]),
        {
            "display_name": profile.display_name,
            "role": "teacher",
            "verified_school": school.pk,
            "visibility": profile.visibility,
            "language": profile.language,
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    profile.refresh_from_db()
    assert profile.verified_school == school and profile.verified_at is not None


def test_editors_see_each_automatic_verification_on_the_admin_home(client, home_pages):
    from allauth.account.models import EmailAddress
    from allauth.account.signals import email_confirmed

    from schools.models import SchoolEmailDomain

    school = SchoolFactory(name="De Regenboog")
    SchoolEmailDomain.objects.create(domain="deregenboog.nl", school=school)
    by_domain = member(display_name="Juf Ans", user__email="ans@deregenboog.nl")
    address = EmailAddress.objects.get(user=by_domain)
    email_confirmed.send(sender=EmailAddress, request=None, email_address=address)
    by_editor = member(display_name="Meester Bram")
    by_editor.profile.verify_for(school)

    editor = get_user_model().objects.create_superuser("redactie", "r@example.org", "x-y-z-123")
    client.force_login(editor)
    html = client.get("/admin/").content.decode()
    assert "Automatisch geverifieerd" in html
    panel = html[html.index("automatic-verifications-heading") :]
    panel = panel[: panel.index("</section>")]
    assert "Juf Ans" in panel and "ans@deregenboog.nl" in panel and "De Regenboog" in panel
    assert "Meester Bram" not in panel
