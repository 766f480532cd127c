"""No URL shows a removed or moderator-hidden reply, and no library URL flags outside the
site's own rules (community.views.flags)."""

import pytest
from django_comments.models import CommentFlag

from .factories import DiscussionFactory, member
from .test_profiles import add_comment

pytestmark = pytest.mark.django_db

REMOVED = "Dit had ik nooit mogen schrijven"
HIDDEN = "Verborgen door de moderator"


def _urls(pk, discussion):
    return [
        discussion.get_absolute_url(),
        f"/comments/flag/{pk}/",
        f"/comments/flagged/?c={pk}",
        f"/comments/delete/{pk}/",
        f"/comments/deleted/?c={pk}",
        f"/comments/approve/{pk}/",
        f"/comments/approved/?c={pk}",
        f"/comments/posted/?c={pk}",
        f"/comments/sent/?c={pk}",
        f"/comments/reply/{pk}/",
        f"/comments/like/{pk}/",
    ]


def test_removed_and_hidden_replies_are_nowhere_to_read(client, home_pages):
    discussion = DiscussionFactory()
    removed = add_comment(discussion, member(), REMOVED)
    removed.is_removed = True
    removed.save()
    hidden = add_comment(discussion, member(), HIDDEN)
    hidden.is_public = False
    hidden.save()
    client.force_login(member())
    for comment in (removed, hidden):
        for url in _urls(comment.pk, discussion):
            response = client.get(url, follow=True)
            assert response.status_code in {200, 400, 404}, url
            html = response.content.decode()
            assert REMOVED not in html and HIDDEN not in html, url


def test_the_library_flag_url_flags_nothing(client, home_pages):
    discussion = DiscussionFactory()
    reply = add_comment(discussion, member(), "Een gewone reactie")
    client.force_login(member())
    response = client.post(f"/comments/flag/{reply.pk}/")
    assert response.status_code == 404
    assert not CommentFlag.objects.exists()
