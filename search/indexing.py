"""Keeping the indexes in step with the content.

A change to indexed content, in the same transaction as the change:
1. rewrites its SearchEntry (the database engine's index, always current), and
2. when Elasticsearch is configured, records the key in IndexOutbox.
After the transaction commits, a task on the `search` task backend (django-tasks-db, run by
`manage.py db_worker`) sends the outbox to Elasticsearch in bulk. A row leaves the outbox only
once Elasticsearch has accepted it; on failure it stays, with a growing delay before the next
attempt, so nothing is lost while the cluster is down. Repeated changes to one object collapse
into one row (the key is unique).

Why an outbox and not one task per change: django-tasks-db does not retry failed tasks, and the
outbox makes "what is still pending" a plain query that `search_index check` can report.
"""

from contextlib import contextmanager
from itertools import islice

from django.conf import settings
from django.db import connection, transaction
from django.db.models.signals import post_save
from django.utils import timezone, translation
from modelsearch.signal_handlers import post_save_signal_handler
from wagtail.search.backends import get_search_backend

from .labels import labels_changed
from .models import IndexOutbox, SearchEntry
from .outbox import backoff, drain_outbox  # noqa: F401 - part of this module's interface
from .sources import SOURCES, source_for, write_document, write_documents
from .tasks import schedule_drain


def build_document(source, instance):
    language = getattr(getattr(instance, "locale", None), "language_code", None)
    with translation.override(language or settings.LANGUAGE_CODE):
        document = source.document(instance)
        if document is not None:
            # Lazy labels (choices, gettext_lazy) become text here, in the entry's language,
            # not later in whichever language is active when the rows are written.
            document.facets = [(name, value, str(label)) for name, value, label in document.facets]
            document.keywords = str(document.keywords)
        return document


def index_instance(instance):
    """Bring the entry of one object up to date (removing it when it should not be found)."""
    source = source_for(instance)
    if source is None:
        return
    key = source.key(instance)
    with transaction.atomic():
        write_document(key, build_document(source, instance))
        enqueue(key)


def remove_instance(instance):
    source = source_for(instance)
    if source is None and hasattr(instance, "specific_class"):
        # Deleting through the base Page class: look at what the page really was.
        source = next((s for s in SOURCES if s.model is instance.specific_class), None)
    if source is None:
        return
    key = source.key(instance)
    with transaction.atomic():
        write_document(key, None)
        enqueue(key)


def enqueue(key):
    if not settings.ELASTICSEARCH_URL:
        return
    now = timezone.now()
    IndexOutbox.objects.update_or_create(
        key=key,
        defaults={"queued_at": now, "attempts": 0, "next_attempt_at": now, "last_error": ""},
    )
    transaction.on_commit(schedule_outbox_drain)


def schedule_outbox_drain():
    schedule_drain()


REBUILD_CHUNK = 200


def all_documents(progress=None):
    """Rebuild every SearchEntry from the content. Returns the number of entries.
    A chunk at a time: what the documents need looked up in bulk (Source.prepare), the
    entries written in a few queries and one transaction."""
    started = timezone.now()
    count = 0
    with full_text_in_chunks():
        for source in SOURCES:
            instances = source.queryset().iterator(chunk_size=REBUILD_CHUNK)
            while chunk := list(islice(instances, REBUILD_CHUNK)):
                source.prepare(chunk)
                documents = {}
                for instance in chunk:
                    documents[source.key(instance)] = build_document(source, instance)
                    if progress:
                        progress(source.kind)
                entries = write_documents(documents)
                count += len(entries)
                get_search_backend().add_bulk(SearchEntry, entries)
    # Whatever was not rewritten in this run no longer exists in the content.
    SearchEntry.objects.filter(updated_at__lt=started).delete()
    labels_changed()
    return count


def compact_full_text():
    """On PostgreSQL, rewrite Wagtail's full-text table after a rebuild. The backend writes
    each entry and then updates its title norm, so a rebuild leaves one or two dead row
    versions per entry, and the rows it keeps lie spread over three times the pages: a
    common word then read 9,000 pages (240–570 ms at national scale) where the rewritten
    table needs 4,000 (about 30 ms). VACUUM FULL holds a lock on the table for the few
    seconds it takes; a rebuild is rare and the search answers again right after. Returns
    whether it ran (not inside a transaction, where PostgreSQL refuses VACUUM)."""
    from wagtail.search.models import IndexEntry

    if connection.vendor != "postgresql" or connection.in_atomic_block:
        return False
    with connection.cursor() as cursor:
        cursor.execute(f"VACUUM (FULL, ANALYZE) {IndexEntry._meta.db_table}")
    return True


@contextmanager
def full_text_in_chunks():
    """Wagtail's full-text index gets the rebuilt entries a chunk at a time (see all_documents)
    instead of on each save: its SQLite backend recomputes title norms over the whole index
    after every addition, which made a national rebuild quadratic."""
    post_save.disconnect(post_save_signal_handler, sender=SearchEntry)
    try:
        yield
    finally:
        post_save.connect(post_save_signal_handler, sender=SearchEntry)
