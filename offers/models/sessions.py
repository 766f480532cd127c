"""Sessions of an offer: its dates, with places per session and the places schools booked."""

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q, Sum
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.models import Orderable


class OfferSession(Orderable):
    page = ParentalKey("offers.OfferPage", on_delete=models.CASCADE, related_name="sessions")
    start = models.DateTimeField(_("begin"))
    end = models.DateTimeField(_("einde"))
    place = models.CharField(_("plaats"), max_length=200, blank=True)
    capacity = models.PositiveIntegerField(
        _("plaatsen"),
        null=True,
        blank=True,
        help_text=_(
            "Hoeveel leerlingen mee kunnen doen; leeg als het niet vol kan raken. Geboekte "
            "plaatsen tellen de aanvragen van scholen."
        ),
    )

    panels = [
        FieldRowPanel([FieldPanel("start"), FieldPanel("end")]),
        FieldRowPanel([FieldPanel("place"), FieldPanel("capacity")]),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("datum")
        verbose_name_plural = _("data")

    def __str__(self):
        return f"{self.page.title}: {timezone.localtime(self.start):%Y-%m-%d %H:%M}"

    def clean(self):
        super().clean()
        if self.start and self.end and self.end <= self.start:
            raise ValidationError({"end": _("Het einde ligt na het begin.")})

    # Places are counted from the requests that hold them (offers.bookings), not stored on the
    # session: a page revision published later would write back an old count.

    def refresh_from_db(self, *args, **kwargs):
        self.__dict__.pop("_places_booked", None)
        super().refresh_from_db(*args, **kwargs)

    @property
    def places_booked(self):
        if not hasattr(self, "_places_booked"):
            count_places([self])
        return self._places_booked

    @places_booked.setter
    def places_booked(self, value):
        self._places_booked = value

    @property
    def places_left(self):
        """Free places, or None when the session has no maximum."""
        if self.capacity is None:
            return None
        return max(self.capacity - self.places_booked, 0)

    @places_left.setter
    def places_left(self, value):
        # Demo data and older code describe a new session by its free places.
        self.capacity = value

    @property
    def is_past(self):
        return self.end < timezone.now()

    @property
    def is_full(self):
        return self.capacity is not None and self.places_left == 0

    @property
    def is_bookable(self):
        return not self.is_past and not self.is_full


# Requests that hold places in a session: new ones and accepted ones (offers.bookings.choices).
HOLDING_STATUSES = ("new", "accepted")


def count_places(sessions):
    """Set `places_booked` on each session with one query; returns the sessions as a list."""
    sessions = list(sessions)
    ids = [session.pk for session in sessions if session.pk]
    booked = (
        dict(
            OfferSession.objects.filter(pk__in=ids)
            .annotate(
                taken=Coalesce(
                    Sum(
                        "booking_requests__pupils",
                        filter=Q(booking_requests__status__in=HOLDING_STATUSES),
                    ),
                    0,
                )
            )
            .values_list("pk", "taken")
        )
        if ids
        else {}
    )
    for session in sessions:
        session.places_booked = booked.get(session.pk, 0)
    return sessions
