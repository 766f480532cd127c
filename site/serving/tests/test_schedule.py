"""The scheduler service: each job once per interval, across schedulers; a health check."""

import pytest
from django.contrib.sessions.models import Session
from django.core.management import CommandError, call_command
from django.utils import timezone

from serving.management.commands.run_schedule import run_due_jobs

pytestmark = pytest.mark.django_db

JOBS = [
    {"name": "broken", "command": ["no_such_command"], "every": 60},
    {"name": "expired-sessions", "command": ["clearsessions"], "every": 60},
]


def expired_session():
    Session.objects.create(
        session_key="verlopen", session_data="", expire_date=timezone.now() - timezone.timedelta(1)
    )


def test_jobs_run_once_per_interval_and_a_failure_stops_no_other(redis_cache, caplog):
    expired_session()
    assert run_due_jobs(JOBS) == ["broken", "expired-sessions"]
    assert not Session.objects.filter(session_key="verlopen").exists()
    assert "scheduled job broken failed" in caplog.text

    # A second scheduler sharing the cache (or the next loop) finds both jobs done.
    expired_session()
    assert run_due_jobs(JOBS) == []
    assert Session.objects.filter(session_key="verlopen").exists()


def test_health_check_needs_a_recent_loop(settings):
    settings.SCHEDULE = JOBS[1:]
    with pytest.raises(CommandError, match="3 minutes"):
        call_command("run_schedule", "--check")
    call_command("run_schedule", "--once")
    call_command("run_schedule", "--check")


def test_schedule_has_publishing_alerts_reminders_and_forgetting(settings):
    commands = {job["command"][0] for job in settings.SCHEDULE}
    assert {
        "publish_scheduled",
        "send_need_alerts",
        "booking_reminders",
        "forget_login_attempts",
    } <= commands
