"""Sending the index outbox to Elasticsearch, with a growing delay after failures
(see search.indexing for why an outbox)."""

import logging
from datetime import timedelta

from django.utils import timezone

from .elastic_index import bulk_actions_for_keys, send_bulk
from .models import IndexOutbox

logger = logging.getLogger(__name__)

BATCH_SIZE = 500
MAX_BACKOFF = timedelta(minutes=30)


def backoff(attempts):
    return min(timedelta(seconds=5 * 2 ** min(attempts, 12)), MAX_BACKOFF)


def drain_outbox(es=None, now=None):
    """Send due outbox rows to Elasticsearch. Returns (sent, failed)."""
    now = now or timezone.now()
    rows = list(IndexOutbox.objects.filter(next_attempt_at__lte=now).order_by("id")[:BATCH_SIZE])
    if not rows:
        return 0, 0
    keys = [row.key for row in rows]
    try:
        send_bulk(bulk_actions_for_keys(keys), es=es)
    except Exception as error:  # noqa: BLE001 - any failure keeps the rows for a retry
        for row in rows:
            row.attempts += 1
            row.next_attempt_at = now + backoff(row.attempts)
            row.last_error = str(error)[:2000]
        IndexOutbox.objects.bulk_update(rows, ["attempts", "next_attempt_at", "last_error"])
        logger.warning("Index updates postponed (%s keys): %s", len(rows), error)
        return 0, len(rows)
    # Delete only the rows we sent, and only if nobody changed them meanwhile.
    for row in rows:
        IndexOutbox.objects.filter(
            pk=row.pk, attempts=row.attempts, next_attempt_at=row.next_attempt_at
        ).delete()
    return len(rows), 0
