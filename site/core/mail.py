"""E-mail leaves on the task worker, never inside a request, and is tried again when it fails.

Apps write a message in its recipient's language (`translation.override`) and hand it to
`send_later`, which queues `deliver_mail` after the transaction commits. The worker
sends it; when the mail server cannot be reached, the task queues itself again after a pause
(RETRY_DELAYS), so a mail server that is down for a while delays mail instead of losing it or
answering the visitor with an error. Tests use the immediate backend: the task runs at once.
"""

import logging
import smtplib
from datetime import timedelta

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.db import transaction
from django.utils import timezone
from django_tasks import task

logger = logging.getLogger(__name__)

# Seconds before the second, third and fourth try.
RETRY_DELAYS = (60, 600, 3600)


def message(to, subject, body, headers=None, reply_to=None, from_email=None):
    """A message as plain data: what a task can carry."""
    return {
        "to": list(to) if not isinstance(to, str) else [to],
        "subject": " ".join(str(subject).split()),  # a header is one line
        "body": str(body),
        "headers": dict(headers or {}),
        "reply_to": list(reply_to or []),
        "from_email": from_email,
    }


def send_later(*messages):
    """Queue the messages to be sent by the worker once the current transaction commits
    (from a request: nothing is sent for a change that was rolled back)."""
    batch = [m for m in messages if m and m["to"]]
    if batch:
        transaction.on_commit(lambda: queue(*batch))
    return len(batch)


def queue(*messages):
    """Queue the messages now (from a task or a scheduled job, which run after the commit)."""
    batch = [m for m in messages if m and m["to"]]
    if batch:
        deliver_mail.enqueue(batch)
    return len(batch)


def _again(batch, attempt):
    """Queue what failed for a later try, or give up (logged) after the last one."""
    if attempt > len(RETRY_DELAYS):
        logger.error("Mail to %s given up after %s tries", [m["to"] for m in batch], attempt)
        return
    later = deliver_mail
    if later.get_backend().supports_defer:
        later = later.using(run_after=timezone.now() + timedelta(seconds=RETRY_DELAYS[attempt - 1]))
    later.enqueue(batch, attempt + 1)


@task()
def deliver_mail(batch, attempt=1):
    """Send each message of `batch`; those the server refused are tried again later."""
    failed = []
    for item in batch:
        mail = EmailMultiAlternatives(
            item["subject"],
            item["body"],
            item.get("from_email") or settings.DEFAULT_FROM_EMAIL,
            item["to"],
            headers=item.get("headers") or None,
            reply_to=item.get("reply_to") or None,
        )
        try:
            mail.send()
        except (OSError, smtplib.SMTPException):
            logger.warning("Mail to %s failed (try %s)", item["to"], attempt, exc_info=True)
            failed.append(item)
    if failed:
        _again(failed, attempt)
    return len(batch) - len(failed)
