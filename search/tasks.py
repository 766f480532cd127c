"""Background work on the `search` task backend (django-tasks-db; run by `manage.py db_worker`)."""

from django.db import transaction
from django.utils import timezone
from django_tasks import task
from django_tasks.base import TaskResultStatus

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
        schedule_drain(upcoming)
    return {"sent": sent, "failed": failed}


def schedule_drain(when=None):
    """At most one waiting drain job, however many rows or changes: an earlier need moves the
    waiting job forward instead of adding another (each change used to add a job that then
    re-enqueued itself: 96 jobs for 51 rows)."""
    from django_tasks_db.models import DBTaskResult

    when = max(when or timezone.now(), timezone.now())
    path = drain_index_outbox.module_path
    with transaction.atomic():
        waiting = (
            DBTaskResult.objects.select_for_update()
            .filter(task_path=path, status=TaskResultStatus.READY)
            .order_by("run_after")
        )
        first = waiting.first()
        if first is None:
            drain_index_outbox.using(run_after=when).enqueue()
            return
        if first.run_after > when:
            waiting.filter(pk=first.pk).update(run_after=when)
        # Left over from before this rule (or a race between two processes): one is enough.
        waiting.exclude(pk=first.pk).delete()
