"""Mail leaves as a task and is tried again when the mail server fails (core.mail, core.tasks)."""

import socket

from django.core import mail
from django.test import override_settings
from django_tasks_db.models import DBTaskResult

from core.mail import RETRY_DELAYS, deliver_mail, message, queue, send_later


def closed_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


SMTP_DOWN = {
    "EMAIL_BACKEND": "django.core.mail.backends.smtp.EmailBackend",
    "EMAIL_HOST": "127.0.0.1",
    "EMAIL_TIMEOUT": 2,
}
QUEUED = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}}


def test_a_subject_is_one_line_whatever_it_quotes():
    item = message(["a@example.org"], "Nieuwe reactie op “Twee\nregels”", "tekst")
    assert item["subject"] == "Nieuwe reactie op “Twee regels”"


def test_queued_mail_is_sent_by_the_task(db):
    queue(message(["ouder@example.org"], "Onderwerp", "Beste lezer,"))
    assert [m.to for m in mail.outbox] == [["ouder@example.org"]]


def test_mail_from_a_request_waits_for_the_commit(db, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        send_later(message(["ouder@example.org"], "Onderwerp", "Tekst"))
    assert mail.outbox == []  # a rolled-back change would mail nobody
    for callback in callbacks:
        callback()
    assert len(mail.outbox) == 1


def test_a_mail_server_that_is_down_delays_mail_instead_of_losing_it(db):
    """On the worker (a queue in the database), a failed send queues the next try for later."""
    batch = [message(["ouder@example.org"], "Onderwerp", "Tekst")]
    with override_settings(EMAIL_PORT=closed_port(), TASKS=QUEUED, **SMTP_DOWN):
        assert deliver_mail.call(batch) == 0  # what the worker runs
        again = DBTaskResult.objects.get(task_path="core.mail.deliver_mail")
    assert again.args_kwargs["args"] == [batch, 2]  # the same mail, second try
    delay = (again.run_after - again.enqueued_at).total_seconds()
    assert RETRY_DELAYS[0] - 5 <= delay <= RETRY_DELAYS[0] + 5
    assert mail.outbox == []


def test_the_last_try_gives_up_with_an_error_in_the_log(db, caplog):
    with override_settings(EMAIL_PORT=closed_port(), **SMTP_DOWN):
        result = deliver_mail.enqueue([message(["ouder@example.org"], "Onderwerp", "Tekst")])
    assert result.return_value == 0
    assert "given up" in caplog.text
