"""Sessions of an offer: its dates, with places per session and the places schools booked."""

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Count, F, Q, Sum
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.models import Orderable

from core import localcache, pagecache


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
            "Hoeveel groepen of leerlingen mee kunnen doen (zie 'plaatsen tellen' bij het "
            "aanbod); leeg als het niet vol kan raken. Geboekte plaatsen tellen de aanvragen "
            "van scholen."
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
        self.__dict__.pop("_capacity_unit", None)
        super().refresh_from_db(*args, **kwargs)

    @property
    def counts_groups(self):
        """Whether a place is a whole group (the offer's `capacity_unit`), read with the places
        by count_places so that a list of sessions costs no query per session."""
        if not hasattr(self, "_capacity_unit"):
            self._capacity_unit = self.page.capacity_unit
        return self._capacity_unit == GROUPS

    def places_needed(self, pupils):
        """The places a request for `pupils` pupils takes: one group, or its pupils."""
        return 1 if self.counts_groups else pupils

    @property
    def places_text(self):
        """ "2 groepen vrij" or "32 plaatsen vrij"; "" without a maximum."""
        left = self.places_left
        if left is None:
            return ""
        if self.counts_groups:
            text = ngettext("%(left)s groep vrij", "%(left)s groepen vrij", left)
        else:
            text = ngettext("%(left)s plaats vrij", "%(left)s plaatsen vrij", left)
        return text % {"left": left}

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

    @property
    def fragment_key(self):
        """What a calendar line shows of the session itself (core.fragments): the offer's
        fields are covered by the site's version, the booked places are not."""
        booked = self.__dict__.get("_places_booked")
        times = f"{self.start.timestamp():.0f}-{self.end.timestamp():.0f}"
        return f"{self.pk}:{times}:{self.capacity}:{booked}:{int(self.is_past)}:{self.place}"

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
# CapacityUnit.GROUPS (offers.models.choices), named here to keep this module free of the page.
GROUPS = "groups"


def _with_counts(sessions):
    """The queryset annotated with what its sessions' places are counted from (in one query):
    the offer's capacity unit, the pupils and the requests of the requests holding places."""
    holding = Q(booking_requests__status__in=HOLDING_STATUSES)
    return sessions.annotate(
        _unit=F("page__capacity_unit"),
        _pupils=Coalesce(Sum("booking_requests__pupils", filter=holding), 0),
        _requests=Count("booking_requests", filter=holding),
    )


def _set_places(session, unit, pupils, requests):
    # A request takes one place of a session whose offer counts groups, a place per pupil else.
    session._capacity_unit = unit
    session.places_booked = requests if unit == GROUPS else pupils


def with_places(sessions):
    """The sessions of a queryset with their booked places counted in the same query: a list."""
    result = list(_with_counts(sessions))
    for session in result:
        _set_places(session, session._unit, session._pupils, session._requests)
    return result


def kept_with_places(sessions, name, timeout=600):
    """`with_places(sessions)`, kept pickled in this process and the shared cache under the
    versions of the page tree and of the places (core.pagecache): publishing an offer (which
    writes its sessions) or any change to a session or a request that holds places makes new
    keys, so what is kept always counts every request. `name` says which sessions these are.
    Each call gets its own objects."""
    return localcache.remember_pickled(
        f"sessions:{name}:{pagecache.site_version()}:{pagecache.places_version()}",
        lambda: with_places(sessions),
        timeout=timeout,
    )


def places_changed(**kwargs):
    """Connected to the saving and deleting of sessions and of requests (offers.bookings)."""
    pagecache.purge(pagecache.PLACES)


def count_places(sessions):
    """Set `places_booked` on each of these sessions (objects already in hand) with one
    query; returns them as a list."""
    sessions = list(sessions)
    ids = [session.pk for session in sessions if session.pk]
    rows = (
        _with_counts(OfferSession.objects.filter(pk__in=ids)).values_list(
            "pk", "_unit", "_pupils", "_requests"
        )
        if ids
        else []
    )
    counted = {pk: rest for pk, *rest in rows}
    for session in sessions:
        if session.pk in counted:
            _set_places(session, *counted[session.pk])
        else:
            session.places_booked = 0
    return sessions
