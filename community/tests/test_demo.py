"""The community's demo content loads the real school list and is idempotent."""

import pytest
from django_comments_xtd.models import XtdComment

from community.demo import build_community_demo
from community.models import Discussion, Follow
from core.demo import DemoContext
from schools.models import Profile, School

pytestmark = pytest.mark.django_db


def test_demo_builds_members_and_discussions_once(home_pages, locales, settings, tmp_path):
    settings.VAR_DIR = tmp_path
    context = DemoContext(*home_pages, *locales, log=lambda line: None)
    build_community_demo(context)
    counts = (
        School.objects.count(),
        Profile.objects.count(),
        Discussion.objects.count(),
        XtdComment.objects.count(),
    )
    build_community_demo(context)
    assert counts[0] > 6000
    assert counts == (
        School.objects.count(),
        Profile.objects.count(),
        Discussion.objects.count(),
        XtdComment.objects.count(),
    )
    verified = Profile.objects.get(user__email="school@leercommunity.example")
    assert verified.verified_school is not None
    assert (tmp_path / "member-password").exists()
    assert Discussion.objects.filter(reply_count__gt=0).exists()


def test_demo_community_lives(home_pages, locales, settings, tmp_path):
    """30 members across roles and regions, 15 discussions with 40+ replies over the last three
    months, reviews on at least half of the offers with a spread of scores and provider replies."""
    from datetime import timedelta

    from django.utils import timezone

    from community.demo import build_reviews_demo
    from community.models import ProviderReply, Review
    from offers.demo import build_offers_demo
    from offers.models import OfferPage

    settings.VAR_DIR = tmp_path
    context = DemoContext(*home_pages, *locales, log=lambda line: None)
    build_offers_demo(context)
    build_community_demo(context)
    build_reviews_demo(context)

    members = Profile.objects.filter(user__email__endswith="@leercommunity.example")
    assert members.count() == 30
    roles = set(members.values_list("role", flat=True))
    assert roles >= {"teacher", "school_leader", "school_coordinator", "provider", "funder"}
    provinces = set(
        members.exclude(school=None).values_list("school__municipality__province", flat=True)
    )
    assert len(provinces) >= 8
    # The member directory has people to show; some members chose to stay unlisted.
    assert set(members.values_list("visibility", flat=True)) == {"public", "members", "private"}
    assert Follow.objects.filter(content_type__model="theme").count() >= 10

    now = timezone.now()
    discussions = Discussion.objects.all()
    assert discussions.count() == 15
    assert len(set(discussions.values_list("theme__slug", flat=True))) >= 8
    replies = XtdComment.objects.filter(content_type__model="discussion")
    assert replies.count() >= 40
    dates = list(replies.values_list("submit_date", flat=True))
    assert all(now - timedelta(days=92) <= moment <= now for moment in dates)
    assert max(dates) >= now - timedelta(days=7)  # active this week
    assert min(dates) <= now - timedelta(days=60)  # and for months
    assert all(d.reply_count > 0 for d in discussions)

    offers = OfferPage.objects.filter(locale__language_code="nl")
    reviewed = offers.filter(rating_count__gt=0)
    assert reviewed.count() * 2 >= offers.count()
    scores = list(Review.objects.values_list("rating", flat=True))
    assert {1, 2, 3, 4, 5} <= set(scores) and 3.4 < sum(scores) / len(scores) < 4.5
    assert ProviderReply.objects.count() >= 3
