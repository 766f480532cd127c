"""Query budget of a discussion: at most 15 SQL queries for a visitor and for a member, the
same with 2 replies as with 20 (each by another member, with their school, some replies to
replies, flags and a removed one). Measured on the second view, as a running server is."""

import pytest
from django_comments.models import CommentFlag

from core.tests.queries import queries_for

from .factories import DiscussionFactory, SchoolFactory, member
from .test_profiles import add_comment

pytestmark = pytest.mark.django_db

DISCUSSION_BUDGET = 15


def add_replies(discussion, count, flagger):
    replies = []
    for n in range(count):
        author = member(display_name=f"Lid {discussion.pk}-{len(replies)}")
        author.profile.verify_for(SchoolFactory())
        parent = replies[-1].pk if replies and n % 3 == 2 else 0
        reply = add_comment(discussion, author, f"Reactie {n} op de vraag.", parent=parent)
        if n % 4 == 1:
            CommentFlag.objects.create(
                user=flagger, comment=reply, flag=CommentFlag.SUGGEST_REMOVAL
            )
        replies.append(reply)
    replies[0].is_removed = True
    replies[0].save()
    return replies


def test_a_discussion_stays_within_its_budget_however_many_replies(client, home_pages):
    flagger = member()
    small = DiscussionFactory()
    add_replies(small, 2, flagger)
    large = DiscussionFactory(theme=small.theme)
    replies = add_replies(large, 20, flagger)

    for reader in (None, member()):
        if reader is not None:
            client.force_login(reader)
        few = queries_for(client, small.get_absolute_url())
        many = queries_for(client, large.get_absolute_url())
        html = client.get(large.get_absolute_url()).text
        assert all(reply.comment in html for reply in replies[1:])
        assert many == few
        assert many <= DISCUSSION_BUDGET
