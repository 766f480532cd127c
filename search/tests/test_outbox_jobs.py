"""One drain job at a time, however many changes wait in the outbox."""

from datetime import timedelta

import pytest
from django.utils import timezone
from django_tasks.base import TaskResultStatus
from django_tasks_db.models import DBTaskResult

from search import indexing
from search.models import IndexOutbox
from search.tasks import drain_index_outbox, schedule_drain
from search.tests.factories import make_entry

from .recording import CLOSED_PORT

pytestmark = pytest.mark.django_db


def waiting_jobs():
    return DBTaskResult.objects.filter(
        task_path=drain_index_outbox.module_path, status=TaskResultStatus.READY
    )


def test_many_changes_leave_one_waiting_drain_job(
    taxonomy, settings, django_capture_on_commit_callbacks
):
    settings.ELASTICSEARCH_URL = CLOSED_PORT
    for n in range(51):
        make_entry(f"offer:{n}", f"Aanbod {n}")
        with django_capture_on_commit_callbacks(execute=True):
            indexing.enqueue(f"offer:{n}")
    assert IndexOutbox.objects.count() == 51
    assert waiting_jobs().count() == 1


def test_a_failed_drain_reschedules_the_waiting_job_instead_of_adding_one(taxonomy, settings):
    settings.ELASTICSEARCH_URL = CLOSED_PORT
    make_entry("offer:1", "Schooltuin")
    indexing.enqueue("offer:1")
    schedule_drain()
    for _run in range(3):
        result = drain_index_outbox.func()  # as the worker runs it; the cluster is down
        assert result == {"sent": 0, "failed": 1}
        IndexOutbox.objects.update(next_attempt_at=timezone.now())
    assert waiting_jobs().count() == 1


def test_an_urgent_change_moves_a_waiting_retry_forward(taxonomy, settings):
    later = timezone.now() + timedelta(minutes=20)
    schedule_drain(later)
    schedule_drain()
    job = waiting_jobs().get()
    assert job.run_after <= timezone.now()
