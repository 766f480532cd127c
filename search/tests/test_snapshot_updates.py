"""A change to a few entries updates the index in memory (Snapshot.updated) instead of reading
the whole index again; the answers stay those of the SQL path."""

import pytest
from django.core.cache import cache

from search.engines import snapshot
from search.engines.database import DatabaseEngine
from search.labels import LABELS_VERSION_KEY, labels_changed
from search.models import Synonym
from search.sources import write_document
from search.tests.factories import make_entry
from search.tests.test_snapshot import THEME_A, THEME_B, answer, assert_same_answers
from search.tests.test_snapshot import entries as entries  # noqa: F401 - the fixture

pytestmark = pytest.mark.django_db


@pytest.fixture
def full_reads(monkeypatch):
    """The number of times the whole index is read."""
    reads = []
    original = snapshot.Snapshot.__init__

    def counted(self, version):
        reads.append(version)
        original(self, version)

    monkeypatch.setattr(snapshot.Snapshot, "__init__", counted)
    snapshot.forget()
    return reads


def test_one_changed_entry_is_read_alone(entries, full_reads):  # noqa: F811
    memory = DatabaseEngine()
    assert answer(memory, "thema=lerarentekort")["total"] == 3
    assert len(full_reads) == 1
    make_entry("offer:9", "Nieuwe leesles", facets=[THEME_A], regions=["GM1979"])
    assert answer(memory, "thema=lerarentekort")["total"] == 4
    make_entry("offer:1", "Leesles Eemsdelta", facets=[THEME_B], regions=["GM1979"])
    assert answer(memory, "thema=lerarentekort")["total"] == 3
    write_document("offer:2", None)
    assert answer(memory, "thema=lerarentekort")["total"] == 2
    assert answer(memory, "q=nieuwe")["total"] == 1
    assert len(full_reads) == 1
    assert_same_answers()
    # The updated copy answers as a snapshot read afresh would.
    updated = snapshot.current()
    fresh = snapshot.Snapshot(updated.version)
    assert updated.counts("theme", updated.language("nl")) == fresh.counts(
        "theme", fresh.language("nl")
    )


def test_a_change_without_entries_or_from_elsewhere_reads_everything(entries, full_reads):  # noqa: F811
    memory = DatabaseEngine()
    answer(memory, "")
    Synonym.objects.create(term="leesuur", alternatives="leesles")
    answer(memory, "")
    cache.set(LABELS_VERSION_KEY, "changed elsewhere", None)
    answer(memory, "")
    labels_changed(["offer:1"])  # numbered, but after a version that was not
    answer(memory, "")
    assert len(full_reads) == 4


def test_more_changes_than_kept_in_place_read_everything(entries, full_reads, monkeypatch):  # noqa: F811
    monkeypatch.setattr(snapshot, "MAX_CHANGED", 1)
    memory = DatabaseEngine()
    answer(memory, "")
    make_entry("offer:9", "Nieuwe leesles", facets=[THEME_A])
    make_entry("offer:10", "Nog een leesles", facets=[THEME_A])
    assert answer(memory, "thema=lerarentekort")["total"] == 5
    assert len(full_reads) == 2
