"""E-mail leaves on the task worker, never inside a request, and is tried again when it fails.

Apps write a message in its recipient's language (`translation.override`) and hand it to
`send_later`, which queues `core.tasks.deliver_mail` after the transaction commits. The worker
sends it; when the mail server cannot be reached, the task queues itself again after a pause
(RETRY_DELAYS), so a mail server that is down for a while delays mail instead of losing it or
answering the visitor with an error. Tests use the immediate backend: the task runs at once.
"""

from django.db import transaction

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
    from core.tasks import deliver_mail

    batch = [m for m in messages if m and m["to"]]
    if batch:
        deliver_mail.enqueue(batch)
    return len(batch)
