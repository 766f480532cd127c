"""The move of schools, profiles and coordinators into `schools` keeps every row.

The database is taken back to the last migrations before the move, rows are written through
the old models (community.School, community.Profile, offers.SchoolCoordinator), and then it is
migrated forward: the same rows must be found through the new models, with their links, and the
permissions of the old content types must now belong to `schools`.
"""

import pytest
from django.contrib.auth.models import Permission
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from schools.models import Profile, School, SchoolCoordinator, SchoolEmailDomain

BEFORE = [
    ("community", "0006_profile_public_id_unique"),
    ("offers", "0007_offer_daily_views"),
    ("bookings", "0001_initial"),
]
# Unapplying schools entirely also unapplies what depends on it (the state moves of the apps).
BACK = [*BEFORE, ("schools", None)]


@pytest.fixture(autouse=True)
def back_to_the_latest():
    yield
    executor = MigrationExecutor(connection)
    executor.migrate(executor.loader.graph.leaf_nodes())


def migrate(targets):
    executor = MigrationExecutor(connection)
    executor.migrate(targets)
    executor.loader.build_graph()
    return executor.loader.project_state([t for t in targets if t[1] is not None]).apps


def leaf_nodes():
    executor = MigrationExecutor(connection)
    return executor.loader.graph.leaf_nodes()


# serialized_rollback: what the migrations created (root page, locales, groups) is restored
# for the tests that run after this one.
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_rows_survive_the_move_to_schools():
    old = migrate(BACK)
    OldSchool = old.get_model("community", "School")
    OldDomain = old.get_model("community", "SchoolEmailDomain")
    OldProfile = old.get_model("community", "Profile")
    OldCoordinator = old.get_model("offers", "SchoolCoordinator")
    OldUser = old.get_model("auth", "User")
    OldContentType = old.get_model("contenttypes", "ContentType")
    OldPermission = old.get_model("auth", "Permission")

    school = OldSchool.objects.create(
        vestiging="99XX00", brin="99XX", name="De Regenboog", place="UTRECHT"
    )
    OldDomain.objects.create(domain="deregenboog.nl", school=school)
    member = OldUser.objects.create(username="juf", email="juf@deregenboog.nl")
    OldProfile.objects.create(
        user=member,
        public_id="abcdefghjk",
        display_name="Juf Anna",
        role="teacher",
        school=school,
        verified_school=school,
    )
    coordinator = OldUser.objects.create(username="coordinator")
    OldCoordinator.objects.create(user=coordinator, school=school)
    school_type, _ = OldContentType.objects.get_or_create(app_label="community", model="school")
    OldPermission.objects.get_or_create(
        content_type=school_type, codename="change_school", defaults={"name": "Can change school"}
    )

    migrate(leaf_nodes())

    moved = School.objects.get(vestiging="99XX00")
    assert moved.pk == school.pk and moved.name == "De Regenboog"
    assert SchoolEmailDomain.school_for_email("meester@deregenboog.nl") == moved
    profile = Profile.objects.get(user__username="juf")
    assert profile.display_name == "Juf Anna"
    assert profile.school == moved and profile.verified_school == moved
    assert list(moved.verified_members.all()) == [profile]
    assert SchoolCoordinator.objects.get(user__username="coordinator").school == moved
    # The permission (and with it every group holding it) followed the model.
    permission = Permission.objects.get(codename="change_school")
    assert permission.content_type.app_label == "schools"
    assert ContentType.objects.get_for_model(School).pk == school_type.pk
    assert not ContentType.objects.filter(app_label="community", model="school").exists()
