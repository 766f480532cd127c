"""`manage.py run_schedule`: the scheduler service — runs settings.SCHEDULE's commands forever.

Each job runs its management command every `every` seconds. A job takes a lock in the shared
cache for its interval before it runs, so two schedulers (a restart overlapping the old one, or
a second replica) never run the same job twice in one interval. `--once` runs every job once
and stops; `--check` is the container's health check: it fails when the last loop is older
than three minutes.
"""

import logging
import time

from django.conf import settings
from django.core.cache import cache
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError

logger = logging.getLogger("serving.schedule")
HEARTBEAT_KEY = "schedule:heartbeat"
STALE_AFTER = 180  # seconds


def run_due_jobs(jobs, now=None):
    """Run each job whose lock is free; returns the names that ran."""
    ran = []
    for job in jobs:
        if not cache.add(f"schedule:lock:{job['name']}", now or time.time(), job["every"]):
            continue
        started = time.monotonic()
        try:
            call_command(*job["command"])
        except Exception:  # one failing job must not stop the others
            logger.exception("scheduled job %s failed", job["name"])
        else:
            logger.info("scheduled job %s ran in %.1f s", job["name"], time.monotonic() - started)
        ran.append(job["name"])
    cache.set(HEARTBEAT_KEY, time.time(), timeout=None)
    return ran


class Command(BaseCommand):
    help = "Run the scheduled jobs (scheduled publishing, alerts, the search outbox) forever."

    def add_arguments(self, parser):
        parser.add_argument("--once", action="store_true", help="run every due job once")
        parser.add_argument("--check", action="store_true", help="health check of the loop")
        parser.add_argument("--tick", type=float, default=20.0, help="seconds between loops")

    def handle(self, *args, once=False, check=False, tick=20.0, **options):
        jobs = settings.SCHEDULE
        if check:
            beat = cache.get(HEARTBEAT_KEY)
            if beat is None or time.time() - beat > STALE_AFTER:
                raise CommandError("the scheduler has not run a loop in the last 3 minutes")
            self.stdout.write("ok")
            return
        if once:
            ran = run_due_jobs(jobs)
            self.stdout.write(", ".join(ran) or "nothing due")
            return
        self.stdout.write(f"scheduler: {', '.join(job['name'] for job in jobs)}")
        while True:
            run_due_jobs(jobs)
            time.sleep(tick)
