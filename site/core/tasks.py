"""Tasks of the site's ground floor: sending mail, and running a state machine's notifications."""

import logging
import smtplib
from datetime import timedelta

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.utils import timezone
from django_tasks import task

from core.mail import RETRY_DELAYS

logger = logging.getLogger(__name__)


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


@task()
def run_notification(machine_name, entry_pk):
    """What a state machine's move tells the people involved (see core.statemachine)."""
    from core.statemachine import notifier

    return notifier(machine_name)(entry_pk)
