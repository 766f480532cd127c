"""The community's demo content loads the real school list and is idempotent."""

import pytest
from django_comments_xtd.models import XtdComment

from community.demo import build_community_demo
from community.models import Discussion, Profile, School
from core.demo import DemoContext

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
