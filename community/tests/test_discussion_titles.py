"""A discussion title is one line: a line break in it made every follower notification of the
thread fail (BadHeaderError) (issue 21, finding 10)."""

import pytest
from django.core import mail

from community.models import Discussion, Follow

from .factories import DiscussionFactory, member, theme
from .test_discussions import reply_data

pytestmark = pytest.mark.django_db


def test_a_title_with_line_breaks_is_stored_as_one_line_and_mailed(client, home_pages):
    follower = member()
    Follow.start(follower, theme())
    client.force_login(member())
    client.post(
        "/discussies/nieuw/",
        {"title": "Eerste regel\r\nBcc: iemand@example.org", "theme": theme().pk, "body": "Tips?"},
    )
    discussion = Discussion.objects.get()
    assert discussion.title == "Eerste regel Bcc: iemand@example.org"
    [message] = [m for m in mail.outbox if m.to == [follower.email]]
    assert "\n" not in message.subject
    assert message.message()  # the headers can be written: no BadHeaderError


def test_an_older_title_with_a_line_break_still_reaches_followers(client, home_pages):
    discussion = DiscussionFactory()
    Discussion.objects.filter(pk=discussion.pk).update(title="Oude\ntitel")
    follower = member()
    Follow.start(follower, discussion)
    client.force_login(member())
    client.post("/reacties/plaatsen/", reply_data(discussion, "Nieuws"))
    [message] = [m for m in mail.outbox if m.to == [follower.email]]
    assert "Oude titel" in message.subject
    assert message.message()
