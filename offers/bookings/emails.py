"""E-mails about requests: each step to the other side, reminders, and the question afterwards.

Every e-mail is written in its recipient's language: the member's own language when the profile
has one, otherwise the language that side last used on the request (the school's when it asked,
Dutch for a provider that has not answered yet). Links and the sender carry the site's name and
address from settings (WAGTAIL_SITE_NAME, SITE_URL, DEFAULT_FROM_EMAIL).
"""

import logging

from allauth.account.models import EmailAddress
from django.conf import settings
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _

from core.mail import message, queue
from schools.models import Profile

from .choices import Side
from .models import RequestEvent

logger = logging.getLogger(__name__)

SUBJECTS = {
    "created": "Nieuwe aanvraag voor '%(offer)s' van %(school)s",
    "accepted": "Uw aanvraag voor '%(offer)s' is geaccepteerd",
    "proposed": "Ander moment voorgesteld voor '%(offer)s'",
    "proposal_accepted": "%(school)s neemt uw voorstel voor '%(offer)s' aan",
    "proposal_declined": "%(school)s wijst uw voorstel voor '%(offer)s' af",
    "declined": "Uw aanvraag voor '%(offer)s' is afgewezen",
    "cancelled": "De aanvraag voor '%(offer)s' is geannuleerd",
    "held": "Heeft '%(offer)s' plaatsgevonden? De aanbieder zegt ja",
    "not_held": "'%(offer)s' heeft niet plaatsgevonden",
    "done": "'%(offer)s' is uitgevoerd",
    "message": "Nieuw bericht over '%(offer)s'",
    "reminder": "Herinnering: '%(offer)s' over twee schooldagen",
    "held_question": "Heeft '%(offer)s' plaatsgevonden?",
}


def _mark_subjects_for_translation():
    # The subjects are translated when an e-mail is written, in its recipient's language.
    return [
        _("Nieuwe aanvraag voor '%(offer)s' van %(school)s"),
        _("Uw aanvraag voor '%(offer)s' is geaccepteerd"),
        _("Ander moment voorgesteld voor '%(offer)s'"),
        _("%(school)s neemt uw voorstel voor '%(offer)s' aan"),
        _("%(school)s wijst uw voorstel voor '%(offer)s' af"),
        _("Uw aanvraag voor '%(offer)s' is afgewezen"),
        _("De aanvraag voor '%(offer)s' is geannuleerd"),
        _("Heeft '%(offer)s' plaatsgevonden? De aanbieder zegt ja"),
        _("'%(offer)s' heeft niet plaatsgevonden"),
        _("'%(offer)s' is uitgevoerd"),
        _("Nieuw bericht over '%(offer)s'"),
        _("Herinnering: '%(offer)s' over twee schooldagen"),
        _("Heeft '%(offer)s' plaatsgevonden?"),
    ]


def _language(profile, fallback):
    own = getattr(profile, "language", "") if profile is not None else ""
    return own or fallback or settings.LANGUAGE_CODE


def _confirmed(user_id, address):
    return (
        user_id is not None
        and EmailAddress.objects.filter(
            user_id=user_id, email__iexact=address, verified=True
        ).exists()
    )


def recipients(booking, side):
    """[(address, name, language)] of one side of a request, without duplicates."""
    found = {}
    if side == Side.SCHOOL:
        fallback = booking.school_language
        if booking.created_by_id and booking.created_by.email:
            profile = getattr(booking.created_by, "profile", None)
            name = getattr(profile, "display_name", "") or booking.contact_name
            found[booking.created_by.email.lower()] = (name, _language(profile, fallback))
        # Mail goes to the contact address only when its owner confirmed it (an address of
        # the member who asked): any address typed into the form would otherwise get mail.
        contact = (booking.contact_email or "").lower()
        if contact and _confirmed(booking.created_by_id, contact):
            found.setdefault(contact, (booking.contact_name, fallback))
    else:
        fallback = booking.provider_language
        members = Profile.objects.filter(
            provider_page__translation_key=booking.provider.translation_key,
            user__is_active=True,
        ).select_related("user")
        for profile in members:
            if profile.user.email:
                found[profile.user.email.lower()] = (
                    profile.display_name,
                    _language(profile, fallback),
                )
        if not found and booking.provider.contact_email:
            found[booking.provider.contact_email.lower()] = (
                booking.provider.contact_name,
                fallback,
            )
    return [(address, name, language) for address, (name, language) in found.items()]


def request_url(booking):
    return settings.SITE_URL + reverse("bookings:detail", args=[booking.pk])


def send(booking, side, kind, extra=None):
    """Write and send the e-mail of `kind` to every recipient on `side`; returns the count."""
    sent = 0
    for address, name, language in recipients(booking, side):
        with translation.override(language):
            names = {"offer": booking.offer.title, "school": booking.school.name}
            subject = _(SUBJECTS[kind]) % names
            body = render_to_string(
                "bookings/email/step.txt",
                {
                    "kind": kind,
                    "name": name,
                    "booking": booking,
                    "recipient_side": side,
                    "url": request_url(booking),
                    "site_name": _(settings.WAGTAIL_SITE_NAME),
                    "site_url": settings.SITE_URL,
                    **(extra or {}),
                },
            )
        # Sent by the mail task, which tries again when the server fails (core.mail).
        sent += queue(message([address], f"[{settings.WAGTAIL_SITE_NAME}] {subject}", body))
    return sent


def notify(event_pk):
    """Tell the other side about a step (a step by the site itself goes to both sides)."""
    event = (
        RequestEvent.objects.select_related(
            "request__school", "request__offer", "request__provider", "request__created_by"
        )
        .filter(pk=event_pk)
        .first()
    )
    if event is None:
        return 0
    booking = event.request
    sides = {
        Side.SCHOOL: [Side.PROVIDER],
        Side.PROVIDER: [Side.SCHOOL],
        Side.SYSTEM: [Side.SCHOOL, Side.PROVIDER],
    }[event.side]
    return sum(send(booking, side, event.kind, {"event": event}) for side in sides)
