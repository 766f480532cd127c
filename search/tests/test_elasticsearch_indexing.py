"""Writing to Elasticsearch without a cluster: bulk actions, the outbox while the cluster is
down, rebuilds behind aliases, the index check and the fallback to the database. No test here
claims a cluster works; the contract suite runs against a real one when ELASTICSEARCH_URL is set."""

from datetime import timedelta

import pytest
from django.utils import timezone

from search import elastic_index, indexing, service
from search.models import IndexOutbox, SearchEntry
from search.query import SearchQuery
from search.tests.factories import make_entry
from search.tests.recording import CLOSED_PORT, RecordingClient

pytestmark = pytest.mark.django_db


def test_bulk_actions_index_entries_and_delete_what_is_gone(taxonomy):
    make_entry(
        "offer:1",
        "Schooltuin",
        facets=[("theme", "gezonde-basis", "Gezonde basis")],
        regions=["GM1979"],
    )
    make_entry("discussion:2", "Gesprek", language="", kind="discussion")
    lines = elastic_index.bulk_actions_for_keys(["offer:1", "discussion:2", "offer:404"])
    actions = [line for line in lines if len(line) == 1 and next(iter(line)) in {"index", "delete"}]
    assert actions == [
        {"index": {"_index": "leercommunity-nl", "_id": "offer:1"}},
        {"delete": {"_index": "leercommunity-en", "_id": "offer:1"}},
        {"index": {"_index": "leercommunity-nl", "_id": "discussion:2"}},
        {"index": {"_index": "leercommunity-en", "_id": "discussion:2"}},
        {"delete": {"_index": "leercommunity-nl", "_id": "offer:404"}},
        {"delete": {"_index": "leercommunity-en", "_id": "offer:404"}},
    ]
    source = lines[1]
    assert source["theme"] == ["gezonde-basis"]
    assert source["region"] == ["GM1979", "PV20", "RG-NOORD-GRONINGEN"]
    assert source["kind"] == ["offer"] and source["is_national"] is False


def test_updates_wait_while_the_cluster_is_down_and_are_applied_later(taxonomy, settings):
    settings.ELASTICSEARCH_URL = CLOSED_PORT
    make_entry("offer:1", "Schooltuin")
    indexing.enqueue("offer:1")
    indexing.enqueue("offer:1")  # a second change to the same object collapses into one row
    assert IndexOutbox.objects.count() == 1

    sent, failed = indexing.drain_outbox()
    assert (sent, failed) == (0, 1)
    row = IndexOutbox.objects.get()
    assert row.attempts == 1 and row.next_attempt_at > timezone.now()
    assert "127.0.0.1" in row.last_error or row.last_error

    # Not due yet: nothing is tried.
    assert indexing.drain_outbox() == (0, 0)
    # When the cluster answers again, the pending update goes out and leaves the queue.
    client = RecordingClient()
    later = timezone.now() + timedelta(hours=1)
    assert indexing.drain_outbox(es=client, now=later) == (1, 0)
    assert IndexOutbox.objects.count() == 0
    operations = client.calls[0][1]
    assert operations[0] == {"index": {"_index": "leercommunity-nl", "_id": "offer:1"}}


def test_backoff_grows_and_is_capped():
    delays = [indexing.backoff(n).total_seconds() for n in (1, 2, 3, 20)]
    assert delays[0] < delays[1] < delays[2]
    assert delays[3] == 30 * 60


def test_an_update_schedules_the_worker_after_commit(
    taxonomy, settings, django_capture_on_commit_callbacks
):
    from django_tasks_db.models import DBTaskResult

    settings.ELASTICSEARCH_URL = CLOSED_PORT
    make_entry("offer:1", "Schooltuin")
    with django_capture_on_commit_callbacks(execute=True):
        indexing.enqueue("offer:1")
    task = DBTaskResult.objects.get()
    assert task.task_path.endswith("drain_index_outbox") and task.queue_name == "search"


def test_rebuild_fills_new_indexes_in_chunks_and_swaps_aliases(taxonomy, settings):
    settings.ELASTICSEARCH_URL = CLOSED_PORT
    for n in range(3):
        make_entry(f"offer:{n}", f"Aanbod {n}")
    make_entry("discussion:9", "Gesprek", language="", kind="discussion")
    client = RecordingClient()
    counts = elastic_index.rebuild(es=client)
    assert counts == {"nl": 4, "en": 1}
    created = [call for call in client.calls if call[0] == "create"]
    assert [call[1].rsplit("-", 1)[0] for call in created] == [
        "leercommunity-nl",
        "leercommunity-en",
    ]
    mapping = created[0][2]["body"]["mappings"]["properties"]
    assert (
        mapping["title"]["analyzer"] == "dutch_compounds" and mapping["theme"]["type"] == "keyword"
    )
    assert created[1][2]["body"]["mappings"]["properties"]["body"]["analyzer"] == "english"
    swaps = [call[1] for call in client.calls if call[0] == "update_aliases"]
    assert swaps[0] == [{"add": {"index": created[0][1], "alias": "leercommunity-nl"}}]


def test_check_reports_missing_stale_and_extra_documents(taxonomy):
    make_entry("offer:1", "Een")
    make_entry("offer:2", "Twee")
    current = SearchEntry.objects.get(key="offer:1").updated_at.isoformat()
    response = {
        "hits": {
            "total": {"value": 2, "relation": "eq"},
            "hits": [
                {"_id": "offer:1", "_source": {"updated_at": current}},
                {"_id": "offer:3", "_source": {"updated_at": current}},
            ],
        }
    }
    report = elastic_index.check(es=RecordingClient(response))
    assert report["nl"]["missing"] == ["offer:2"]
    assert report["nl"]["extra"] == ["offer:3"]
    assert report["nl"]["stale"] == []


def test_search_falls_back_to_the_database_when_the_cluster_is_down(taxonomy, settings):
    settings.ELASTICSEARCH_URL = CLOSED_PORT
    make_entry("offer:1", "Schooltuin")
    response = service.search(SearchQuery(language="nl", text="schooltuin"))
    assert response.engine == "database"
    assert [hit.key for hit in response.hits] == ["offer:1"]
    assert response.note
