"""Following discussions and themes: who follows what, and the e-mails followers get."""

import pytest

from community.models import Follow

from .factories import DiscussionFactory, member, theme

pytestmark = pytest.mark.django_db


def test_starter_follows_own_discussion():
    author = member()
    discussion = DiscussionFactory(author=author)
    assert Follow.follows(author, discussion)
    assert not Follow.follows(member(), discussion)


def test_following_twice_is_one_follow_and_stop_ends_it():
    user = member()
    discussion = DiscussionFactory()
    Follow.start(user, discussion)
    Follow.start(user, discussion)
    assert Follow.objects.of(discussion).filter(member=user).count() == 1
    assert Follow.stop(user, discussion) == 1
    assert not Follow.follows(user, discussion)


def test_a_theme_is_followed_in_every_language():
    from core.models import Theme

    user = member()
    english = Theme.objects.get(slug="lerarentekort", locale__language_code="en")
    Follow.start(user, english)
    follow = Follow.objects.get(member=user)
    assert follow.item == theme("lerarentekort")
    assert Follow.follows(user, theme("lerarentekort"))
