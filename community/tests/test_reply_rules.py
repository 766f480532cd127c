"""Replies come in through one door: the site's post view. Name and address come from the
account, `reply_to` must name a reply of the same thread, and the length limit is one value."""

import re

import pytest
from allauth.account.models import EmailAddress
from django.core import mail
from django.test import RequestFactory
from django_comments.views.comments import post_comment as library_post_comment
from django_comments_xtd.models import XtdComment

from community.models import Follow

from .factories import DiscussionFactory, member
from .test_discussions import reply_data
from .test_profiles import add_comment

pytestmark = pytest.mark.django_db


def test_library_post_url_is_closed_even_to_a_verified_member(client, home_pages):
    """It skipped the rate limit, stored any name and address, and mailed `followup` replies
    to any address."""
    discussion = DiscussionFactory()
    add_comment(discussion, member(), "Eerste reactie")
    client.force_login(member())
    data = reply_data(discussion, "Via de zijdeur", followup=True)
    data.update({"name": "Beheerder (redactie)", "email": "slachtoffer@example.net"})

    response = client.post("/comments/post/", data)

    assert response.status_code == 400
    assert not XtdComment.objects.filter(comment="Via de zijdeur").exists()
    assert mail.outbox == []


def test_library_view_called_directly_saves_nothing(home_pages):
    """Even if another URL ever routes to django-comments' own view, its signal refuses."""
    discussion = DiscussionFactory()
    request = RequestFactory().post("/elders/", reply_data(discussion, "Omweg"))
    request.user = member()
    request._dont_enforce_csrf_checks = True

    response = library_post_comment(request)

    assert response.status_code == 400
    assert not XtdComment.objects.filter(comment="Omweg").exists()


def test_name_and_address_come_from_the_account(client, home_pages):
    discussion = DiscussionFactory()
    user = member(display_name="Sanne de Wit")
    # The account's `email` field is an address the member never confirmed.
    user.email = "nooit-bevestigd@example.net"
    user.save()
    EmailAddress.objects.filter(user=user).update(email="sanne@school.example")
    client.force_login(user)
    data = reply_data(discussion, "Echt van mij", followup=True)
    data.update({"name": "Beheerder (redactie)", "email": "admin@example.net", "url": "x"})

    client.post("/reacties/plaatsen/", data)

    comment = XtdComment.objects.get(comment="Echt van mij")
    assert comment.user_name == "Sanne de Wit"
    assert comment.user_email == "sanne@school.example"
    assert not comment.followup
    assert Follow.follows(user, discussion)


def test_follow_up_mail_goes_only_to_the_followers_confirmed_address(client, home_pages):
    discussion = DiscussionFactory()
    follower = member()
    follower.email = "oud@example.net"  # changed, never confirmed
    follower.save()
    EmailAddress.objects.filter(user=follower).update(email="bevestigd@example.net")
    client.force_login(follower)
    data = reply_data(discussion, "Ik volg dit", followup=True)
    data["email"] = "iemand-anders@example.net"
    client.post("/reacties/plaatsen/", data)

    client.force_login(member())
    client.post("/reacties/plaatsen/", reply_data(discussion, "Een antwoord"))

    recipients = sorted(address for message in mail.outbox for address in message.to)
    assert recipients == ["bevestigd@example.net"]


@pytest.mark.parametrize("reply_to", ["999999", "abc", "-3"])
def test_reply_to_a_reply_that_does_not_exist_is_refused(client, home_pages, reply_to):
    discussion = DiscussionFactory()
    client.force_login(member())

    response = client.post(
        "/reacties/plaatsen/", reply_data(discussion, "Antwoord op niets", reply_to=reply_to)
    )

    assert response.status_code == 400
    assert "Uw antwoord is niet geplaatst" in response.content.decode()
    assert not XtdComment.objects.filter(comment="Antwoord op niets").exists()
    discussion.refresh_from_db()
    assert discussion.reply_count == 0


def test_reply_to_a_reply_in_another_discussion_is_refused(client, home_pages):
    here, elsewhere = DiscussionFactory(), DiscussionFactory()
    other = add_comment(elsewhere, member(), "Daar")
    client.force_login(member())

    response = client.post(
        "/reacties/plaatsen/", reply_data(here, "Verdwaald antwoord", reply_to=other.pk)
    )

    assert response.status_code == 400
    assert not XtdComment.objects.filter(comment="Verdwaald antwoord").exists()
    here.refresh_from_db()
    elsewhere.refresh_from_db()
    assert (here.reply_count, elsewhere.reply_count) == (0, 1)


def test_reply_to_a_removed_reply_is_refused(client, home_pages):
    discussion = DiscussionFactory()
    removed = add_comment(discussion, member(), "Weg")
    removed.is_removed = True
    removed.save()
    client.force_login(member())
    response = client.post(
        "/reacties/plaatsen/", reply_data(discussion, "Op iets weggehaalds", reply_to=removed.pk)
    )
    assert response.status_code == 400
    assert not XtdComment.objects.filter(comment="Op iets weggehaalds").exists()


def test_one_length_limit_in_the_form_and_on_the_server(client, home_pages, settings):
    discussion = DiscussionFactory()
    add_comment(discussion, member(), "Eerste")
    user = member()
    client.force_login(user)
    limit = settings.COMMENT_MAX_LENGTH

    html = client.get(discussion.get_absolute_url()).content.decode()
    limits = re.findall(r'<textarea[^>]*name="comment"[^>]*maxlength="(\d+)"', html)
    assert len(limits) == 2  # the new reply and the answer to the first reply
    assert set(limits) == {str(limit)}

    client.post("/reacties/plaatsen/", reply_data(discussion, "x" * limit))
    assert XtdComment.objects.filter(comment="x" * limit).exists()
    response = client.post("/reacties/plaatsen/", reply_data(discussion, "y" * (limit + 1)))
    assert not XtdComment.objects.filter(user=user, comment__startswith="y").exists()
    assert f'maxlength="{limit}"' in response.content.decode()
