"""Registrations for a session and their audit trail.

A registration holds a place while it is registered, offered (held for the person at the top
of the waiting list) or attended. Places are counted from these rows under a lock on the
session (see `..places`), never stored, so two people cannot both take the last place.
"""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _


class Status(models.TextChoices):
    PENDING = "pending", _("wacht op bevestiging")
    AWAITING = "awaiting", _("wacht op goedkeuring")
    REGISTERED = "registered", _("ingeschreven")
    WAITING = "waiting", _("op de wachtlijst")
    OFFERED = "offered", _("plek aangeboden")
    EXPIRED = "expired", _("aanbod verlopen")
    CANCELLED = "cancelled", _("afgemeld")
    ATTENDED = "attended", _("aanwezig")
    DECLINED = "declined", _("niet goedgekeurd")


HOLDS_PLACE = (Status.REGISTERED, Status.OFFERED, Status.ATTENDED)
CLOSED = (Status.CANCELLED, Status.EXPIRED)


class Registration(models.Model):
    session = models.ForeignKey(
        "events.EventSession", on_delete=models.CASCADE, related_name="registrations"
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="event_registrations",
    )
    name = models.CharField(_("naam"), max_length=100)
    email = models.EmailField(_("e-mailadres"))
    language = models.CharField(max_length=10, default=settings.LANGUAGE_CODE)
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.PENDING)
    created = models.DateTimeField(auto_now_add=True)
    # The waiting list is served in the order people joined it.
    waiting_since = models.DateTimeField(null=True, blank=True)
    offered_until = models.DateTimeField(null=True, blank=True)
    reminder_sent_at = models.DateTimeField(null=True, blank=True)
    checked_in_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["created", "pk"]
        constraints = [
            # One open registration per address and session (a second click does nothing; a
            # declined one stays, so that declining is not undone by registering again).
            models.UniqueConstraint(
                "session",
                "email",
                condition=~Q(status__in=["cancelled", "expired"]),
                name="events_one_open_registration",
            )
        ]

    def __str__(self):
        return f"{self.name} – {self.session}"

    @property
    def holds_place(self):
        return self.status in HOLDS_PLACE


class RegistrationEntry(models.Model):
    """One move on a registration: who made it, from which state to which."""

    registration = models.ForeignKey(Registration, on_delete=models.CASCADE, related_name="entries")
    move = models.CharField(max_length=30)
    role = models.CharField(max_length=20)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    from_status = models.CharField(max_length=20, blank=True)
    to_status = models.CharField(max_length=20, blank=True)
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created", "pk"]

    def __str__(self):
        return f"{self.move}: {self.from_status} -> {self.to_status}"
