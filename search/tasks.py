"""Background work on the `search` task backend (django-tasks-db; run by `manage.py db_worker`)."""

from django.utils import timezone
from django_tasks import task

from .models import IndexOutbox
from .outbox import drain_outbox


@task(queue_name="search", backend="search")
def drain_index_outbox():
    """Send pending index updates; while some remain, come back when the next one is due."""
    sent, failed = drain_outbox()
    upcoming = (
        IndexOutbox.objects.order_by("next_attempt_at")
        .values_list("next_attempt_at", flat=True)
        .first()
    )
    if upcoming is not None:
        drain_index_outbox.using(run_after=max(upcoming, timezone.now())).enqueue()
    return {"sent": sent, "failed": failed}
