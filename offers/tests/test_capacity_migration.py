"""The migration that lets an offer count groups or pupils gives existing offers a sensible
unit: pupils where a session holds more than 40 places (no class is that large), else groups."""

from datetime import timedelta

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.utils import timezone

from offers.models import OfferPage
from offers.tests.factories import OfferPageFactory, add_session

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

BEFORE = [("offers", "0008_school_coordinator_moves_to_schools")]
AFTER = [("offers", "0009_capacity_unit_need_pupils")]


@pytest.fixture(autouse=True)
def back_to_the_latest():
    yield
    executor = MigrationExecutor(connection)
    executor.migrate(executor.loader.graph.leaf_nodes())


def migrate(target):
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(target)


def test_a_museum_keeps_counting_pupils_and_a_guest_lesson_counts_groups(catalogue):
    start = timezone.now() + timedelta(days=10)
    museum = OfferPageFactory(parent=catalogue["provider"], title="Museum")
    add_session(museum, start, capacity=60)
    lesson = OfferPageFactory(parent=catalogue["provider"], title="Gastles")
    add_session(lesson, start, capacity=3)
    migrate(BEFORE)
    migrate(AFTER)
    units = dict(OfferPage.objects.values_list("title", "capacity_unit"))
    assert units["Museum"] == "pupils"
    assert units["Gastles"] == "groups"
