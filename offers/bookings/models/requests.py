"""A school's request (aanvraag) for an offer, and the timeline of what happened to it.

A request belongs to one school and one offer (always the offer's page in the default language,
so that every translation shares the same requests, bookings and reviews). Its `status` only
changes through `offers.bookings.transitions`, which locks the row, checks who acts and writes a
`RequestEvent` with the time and the actor; messages between the two sides are events too, so
the thread and the history read as one timeline.
"""

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q, Sum
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from schools.access import provider_keys, school_ids

from ..choices import HOLDING, OPEN, Side, Status

MAX_PUPILS = 1000
MESSAGE_MAX_LENGTH = 2000
REASON_MAX_LENGTH = 1000


def places_taken(session_ids):
    """{session id: places held by new and accepted requests} in one query."""
    rows = (
        BookingRequest.objects.filter(session_id__in=list(session_ids), status__in=HOLDING)
        .values("session_id")
        .annotate(taken=Coalesce(Sum("pupils"), 0))
        .order_by()
    )
    return {row["session_id"]: row["taken"] for row in rows}


class BookingRequestQuerySet(models.QuerySet):
    def for_list(self):
        """What the workspaces show of each request, without one query per row."""
        return self.select_related(
            "school", "offer", "provider", "session", "funding_scheme"
        ).order_by("-created")

    def visible_to(self, user):
        """Requests of the user's schools (members, coordinators) and of its provider."""
        if not user.is_authenticated:
            return self.none()
        condition = Q(school_id__in=school_ids(user))
        keys = provider_keys(user)
        if keys:
            condition |= Q(provider__translation_key__in=keys)
        return self.filter(condition)


class BookingRequest(models.Model):
    school = models.ForeignKey(
        "schools.School",
        verbose_name=_("school"),
        on_delete=models.CASCADE,
        related_name="booking_requests",
    )
    offer = models.ForeignKey(
        "offers.OfferPage",
        verbose_name=_("aanbod"),
        on_delete=models.CASCADE,
        related_name="booking_requests",
    )
    # The offer's provider when asked; kept so that each inbox is one indexed lookup.
    provider = models.ForeignKey(
        "offers.ProviderPage",
        verbose_name=_("aanbieder"),
        on_delete=models.CASCADE,
        related_name="booking_requests",
    )
    need = models.ForeignKey(
        "offers.NeedProfile",
        verbose_name=_("hulpvraag"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="booking_requests",
    )
    session = models.ForeignKey(
        "offers.OfferSession",
        verbose_name=_("datum van de aanbieder"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="booking_requests",
    )
    date_option_1 = models.DateField(_("voorkeursdatum 1"), null=True, blank=True)
    date_option_2 = models.DateField(_("voorkeursdatum 2"), null=True, blank=True)
    date_option_3 = models.DateField(_("voorkeursdatum 3"), null=True, blank=True)
    groups = models.CharField(
        _("groep(en)"), max_length=100, help_text=_("Bijvoorbeeld 'groep 5 en 6'.")
    )
    pupils = models.PositiveIntegerField(
        _("aantal leerlingen"), validators=[MinValueValidator(1), MaxValueValidator(MAX_PUPILS)]
    )
    contact_name = models.CharField(_("contactpersoon"), max_length=150)
    contact_email = models.EmailField(_("e-mailadres van de contactpersoon"))
    contact_phone = models.CharField(_("telefoonnummer"), max_length=40, blank=True)
    message = models.TextField(_("bericht aan de aanbieder"), max_length=MESSAGE_MAX_LENGTH)
    funding_scheme = models.ForeignKey(
        "offers.FundingSchemePage",
        verbose_name=_("te betalen uit regeling"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="booking_requests",
    )

    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.NEW, db_index=True
    )
    # The agreed moment (from the session, a date the school proposed, or the provider's).
    start = models.DateTimeField(_("begin"), null=True, blank=True)
    end = models.DateTimeField(_("einde"), null=True, blank=True)
    # The other moment the provider proposes while the status is PROPOSED.
    proposed_start = models.DateTimeField(_("voorgesteld begin"), null=True, blank=True)
    proposed_end = models.DateTimeField(_("voorgesteld einde"), null=True, blank=True)

    # "Heeft de activiteit plaatsgevonden?": the provider's yes starts a week in which the
    # school may still say no; the school's yes makes the activity done at once.
    provider_confirmed_at = models.DateTimeField(null=True, blank=True, editable=False)
    school_confirmed_at = models.DateTimeField(null=True, blank=True, editable=False)
    reminder_sent_at = models.DateTimeField(null=True, blank=True, editable=False)
    held_question_sent_at = models.DateTimeField(null=True, blank=True, editable=False)

    # The language each side last used on the request: its e-mails are written in it.
    school_language = models.CharField(max_length=10, default="nl", editable=False)
    provider_language = models.CharField(max_length=10, default="nl", editable=False)

    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("aangevraagd door"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="booking_requests",
    )
    created = models.DateTimeField(_("aangevraagd op"), default=timezone.now)
    updated = models.DateTimeField(_("bijgewerkt op"), auto_now=True)

    objects = BookingRequestQuerySet.as_manager()

    class Meta:
        verbose_name = _("aanvraag")
        verbose_name_plural = _("aanvragen")
        ordering = ["-created"]
        indexes = [
            models.Index(fields=["school", "status"]),
            models.Index(fields=["provider", "status"]),
            models.Index(fields=["status", "start"]),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(pupils__gte=1, pupils__lte=MAX_PUPILS), name="request_pupils_range"
            ),
            # A planned or finished activity always has its moment.
            models.CheckConstraint(
                condition=~Q(status__in=["accepted", "done", "not_held"]) | Q(start__isnull=False),
                name="request_planned_has_start",
            ),
        ]

    def __str__(self):
        return f"{self.school.name}: {self.offer.title}"

    @property
    def date_options(self):
        return [d for d in (self.date_option_1, self.date_option_2, self.date_option_3) if d]

    @property
    def is_open(self):
        return self.status in OPEN

    @property
    def has_passed(self):
        return self.end is not None and self.end <= timezone.now()

    def awaits(self, side):
        """Whether the request waits for `side` to act: a new request for the provider's
        answer, a proposal for the school's, a passed activity for "did it take place?"
        (the provider's only until it has said yes; the school may always answer)."""
        if self.status == Status.NEW:
            return side == Side.PROVIDER
        if self.status == Status.PROPOSED:
            return side == Side.SCHOOL
        if self.status == Status.ACCEPTED and self.has_passed:
            return side == Side.SCHOOL or (
                side == Side.PROVIDER and self.provider_confirmed_at is None
            )
        return False

    @property
    def turn(self):
        """Whose move it is for the request to go on, as a Side; None when it rests (planned,
        or closed). A passed activity is the school's turn: its yes settles it."""
        if self.awaits(Side.SCHOOL):
            return Side.SCHOOL
        if self.awaits(Side.PROVIDER):
            return Side.PROVIDER
        return None

    @property
    def awaits_held_answer(self):
        """Accepted, the date has passed and the school has not answered yet."""
        return self.status == Status.ACCEPTED and self.has_passed


class RequestEvent(models.Model):
    """One step in a request's life: a change of status or a message, with who and when."""

    class Kind(models.TextChoices):
        CREATED = "created", _("Aangevraagd")
        ACCEPTED = "accepted", _("Geaccepteerd")
        PROPOSED = "proposed", _("Ander moment voorgesteld")
        PROPOSAL_ACCEPTED = "proposal_accepted", _("Voorstel aangenomen")
        PROPOSAL_DECLINED = "proposal_declined", _("Voorstel afgewezen")
        DECLINED = "declined", _("Afgewezen")
        CANCELLED = "cancelled", _("Geannuleerd")
        HELD = "held", _("Bevestigd: heeft plaatsgevonden")
        NOT_HELD = "not_held", _("Gemeld: heeft niet plaatsgevonden")
        DONE = "done", _("Uitgevoerd")
        MESSAGE = "message", _("Bericht")

    request = models.ForeignKey(
        BookingRequest, on_delete=models.CASCADE, related_name="events", verbose_name=_("aanvraag")
    )
    kind = models.CharField(_("soort"), max_length=20, choices=Kind.choices)
    side = models.CharField(_("kant"), max_length=10, choices=Side.choices)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("door"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    from_status = models.CharField(max_length=10, choices=Status.choices, blank=True)
    to_status = models.CharField(max_length=10, choices=Status.choices, blank=True)
    text = models.TextField(_("tekst"), max_length=MESSAGE_MAX_LENGTH, blank=True)
    at = models.DateTimeField(_("op"), default=timezone.now)

    class Meta:
        verbose_name = _("stap van een aanvraag")
        verbose_name_plural = _("stappen van aanvragen")
        ordering = ["at", "pk"]

    def __str__(self):
        return f"{self.request_id} {self.kind} {self.at:%Y-%m-%d %H:%M}"
