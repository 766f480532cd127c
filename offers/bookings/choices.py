"""The states of a request and the sides that act on it."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Status(models.TextChoices):
    NEW = "new", _("Nieuw")
    PROPOSED = "proposed", _("Ander moment voorgesteld")
    ACCEPTED = "accepted", _("Geaccepteerd")
    DECLINED = "declined", _("Afgewezen")
    CANCELLED = "cancelled", _("Geannuleerd")
    DONE = "done", _("Uitgevoerd")
    NOT_HELD = "not_held", _("Niet doorgegaan")


# Requests in these states hold their places in a session: a new one (so that two schools cannot
# both ask for the last place) and an accepted one (the booking).
HOLDING = (Status.NEW, Status.ACCEPTED)
OPEN = (Status.NEW, Status.PROPOSED, Status.ACCEPTED)
CLOSED = (Status.DECLINED, Status.CANCELLED, Status.DONE, Status.NOT_HELD)


class Side(models.TextChoices):
    SCHOOL = "school", _("School")
    PROVIDER = "provider", _("Aanbieder")
    SYSTEM = "system", _("Leercommunity")
