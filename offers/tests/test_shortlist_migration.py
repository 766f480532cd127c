"""The migration that keeps only saved items on the shortlist keeps every note."""

from datetime import date

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from offers.models import ShortlistItem
from offers.tests.factories import OfferPageFactory
from schools.tests.factories import SchoolFactory

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

BEFORE = [("offers", "0005_session_capacity")]
AFTER = [("offers", "0006_shortlist_saved_only")]


@pytest.fixture(autouse=True)
def back_to_the_latest():
    yield
    executor = MigrationExecutor(connection)
    executor.migrate(executor.loader.graph.leaf_nodes())


def migrate(target):
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(target)
    return executor.loader.project_state(target).apps


def test_planned_and_done_items_become_saved_and_keep_their_notes(catalogue):
    school = SchoolFactory()
    offers = [OfferPageFactory(parent=catalogue["provider"], title=f"Aanbod {n}") for n in range(4)]
    items = [ShortlistItem.objects.create(school=school, offer=offer) for offer in offers]
    old_apps = migrate(BEFORE)
    OldItem = old_apps.get_model("offers", "ShortlistItem")
    OldItem.objects.filter(pk=items[0].pk).update(note="Bewaren voor later")
    OldItem.objects.filter(pk=items[1].pk).update(
        status="planned", planned_date=date(2027, 3, 12), note="Met groep 5"
    )
    OldItem.objects.filter(pk=items[2].pk).update(status="done", planned_date=date(2026, 10, 5))
    OldItem.objects.filter(pk=items[3].pk).update(
        status="planned", planned_date=date(2027, 3, 12), note="x" * 295
    )

    migrate(AFTER)
    notes = dict(ShortlistItem.objects.values_list("pk", "note"))
    assert notes == {
        items[0].pk: "Bewaren voor later",
        items[1].pk: "Met groep 5 (zelf gepland op 12-03-2027)",
        items[2].pk: "(zelf als uitgevoerd gemarkeerd, 05-10-2026)",
        items[3].pk: "x" * 295,  # no room for the date: the member's own words stay whole
    }
    assert ShortlistItem.objects.count() == 4
