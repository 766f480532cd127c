"""Background work of requests on the `default` task backend."""

from django_tasks import task

from .reminders import run_scheduled


@task()
def booking_reminders_task():
    """Reminders, the question after the date, and settling confirmations (see reminders)."""
    return run_scheduled()
