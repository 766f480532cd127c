"""E-mails about registrations, each in its recipient's language and sent by the task worker.

Every e-mail carries the registration's own signed link, where the person confirms, accepts an
offered place, or cancels (GET shows the page, POST acts).
"""

from django.conf import settings
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import formats, timezone, translation
from django.utils.translation import gettext as _

from core.mail import message, queue, send_later

from .models import RegistrationEntry, Status
from .tokens import registration_token


def _subjects():
    # Translated when the e-mail is written, in the recipient's language.
    return {
        "pending": _("Bevestig uw inschrijving voor '%(event)s'"),
        "registered": _("U bent ingeschreven voor '%(event)s'"),
        "awaiting": _("Uw aanmelding voor '%(event)s' wacht op goedkeuring"),
        "declined": _("Uw aanmelding voor '%(event)s' is niet goedgekeurd"),
        "waiting": _("U staat op de wachtlijst voor '%(event)s'"),
        "offered": _("Er is een plek vrij voor '%(event)s'"),
        "cancelled": _("U bent afgemeld voor '%(event)s'"),
        "expired": _("Het aanbod voor '%(event)s' is verlopen"),
        "reminder": _("Herinnering: '%(event)s' is morgen"),
    }


def manage_url(registration):
    with translation.override(registration.language):
        path = reverse("events:registration", args=[registration_token(registration)])
    return settings.SITE_URL + path


def write(registration, kind):
    """The message of `kind` for the registration, in its language."""
    session = registration.session
    with translation.override(registration.language):
        subject = _subjects()[kind] % {"event": session.page.title}
        body = render_to_string(
            "events/email/registration.txt",
            {
                "kind": kind,
                "registration": registration,
                "session": session,
                "page": session.page,
                "start": formats.date_format(timezone.localtime(session.start), "DATETIME_FORMAT"),
                "offered_until": registration.offered_until
                and formats.date_format(
                    timezone.localtime(registration.offered_until), "DATETIME_FORMAT"
                ),
                "url": manage_url(registration),
                "site_name": _(settings.WAGTAIL_SITE_NAME),
            },
        )
    return message([registration.email], f"[{settings.WAGTAIL_SITE_NAME}] {subject}", body)


def send_confirmation_later(registration):
    """The guest's confirmation link, sent after the commit."""
    send_later(write(registration, "pending"))


def send_now(registration, kind):
    """From a task or a scheduled job (after the commit)."""
    return queue(write(registration, kind))


def notify(entry_pk):
    """Tell the person what a move did to their registration (runs on the task worker)."""
    entry = (
        RegistrationEntry.objects.select_related("registration__session__page")
        .filter(pk=entry_pk)
        .first()
    )
    if entry is None:
        return 0
    kind = entry.to_status
    if kind not in _subjects() or kind == Status.PENDING:
        return 0
    return send_now(entry.registration, kind)
