"""schools.access: the one answer to "may this member act for this school"."""

import pytest
from django.contrib.auth.models import AnonymousUser

from schools.access import is_school_member, may_act_for_school, schools_of
from schools.models import SchoolCoordinator
from schools.signals import provider_page_linked
from schools.tests.factories import SchoolFactory, member

pytestmark = pytest.mark.django_db


def test_verified_members_and_coordinators_act_for_their_school_only():
    school, other = SchoolFactory(), SchoolFactory()
    teacher = member()
    teacher.profile.verify_for(school)
    coordinator = member()
    SchoolCoordinator.objects.create(user=coordinator, school=other)
    unverified = member(school=school)

    assert list(schools_of(teacher)) == [school]
    assert is_school_member(teacher, school) and not is_school_member(teacher, other)
    assert may_act_for_school(coordinator, other) and not may_act_for_school(coordinator, school)
    # Naming a school in one's profile is not speaking for it.
    assert not is_school_member(unverified, school)
    assert not schools_of(AnonymousUser()).exists()


def test_linking_a_provider_page_signals_the_apps_above():
    from wagtail.models import Page

    received = []

    def receiver(sender, user, page, **kwargs):
        received.append((user.pk, page.pk))

    provider_page_linked.connect(receiver)
    try:
        someone = member()
        page = Page.get_first_root_node()
        someone.profile.provider_page = page
        someone.profile.save()
        someone.profile.save()  # saved again without a change: no second signal
    finally:
        provider_page_linked.disconnect(receiver)
    assert received == [(someone.pk, page.pk)]
