"""A school's application for the activity it requested, its grant parts, scores and record.

The status only changes through the table in `offers.fund.machine`; every move writes an
`ApplicationEvent` (who, when, from which state, what was said), read by school and funder.
"""

import os
from pathlib import Path

from django.conf import settings
from django.core.files.storage import FileSystemStorage
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .funders import MONEY, ZERO, Contribution, Criterion, SchemeProcedure


class PrivateStorage(FileSystemStorage):
    """Attachments live under VAR_DIR/private, never under MEDIA_ROOT (which a web server may
    serve); they have no URL and are read only through the permission-checked view."""

    @property
    def base_location(self):
        return str(Path(settings.VAR_DIR) / "private")

    @property
    def location(self):
        return os.path.abspath(self.base_location)

    def url(self, name):
        raise ValueError("Private files have no public URL.")


private_storage = PrivateStorage()


class Status(models.TextChoices):
    DRAFT = "draft", _("Concept")
    SUBMITTED = "submitted", _("Ingediend")
    IN_REVIEW = "in_review", _("In beoordeling")
    INFO_ASKED = "info_asked", _("Meer informatie gevraagd")
    GRANTED = "granted", _("Toegekend")
    REJECTED = "rejected", _("Afgewezen")
    WITHDRAWN = "withdrawn", _("Ingetrokken")
    PART_PAID = "part_paid", _("Deel uitbetaald")
    REPORTED = "reported", _("Verantwoording ingediend")
    REPORT_APPROVED = "report_approved", _("Verantwoording goedgekeurd")
    CLOSED = "closed", _("Afgesloten")


class Application(models.Model):
    request = models.ForeignKey(
        "bookings.BookingRequest",
        verbose_name=_("aanvraag bij de aanbieder"),
        on_delete=models.PROTECT,
        related_name="fund_applications",
    )
    procedure = models.ForeignKey(
        SchemeProcedure,
        verbose_name=_("regeling"),
        on_delete=models.PROTECT,
        related_name="applications",
    )
    activity = models.TextField(_("de activiteit"), max_length=2000)
    offer_cost = models.DecimalField(_("kosten van het aanbod (euro)"), default=ZERO, **MONEY)
    own_costs = models.DecimalField(
        _("eigen kosten (euro)"), default=ZERO, validators=[MinValueValidator(0)], **MONEY
    )
    own_costs_note = models.CharField(_("waarvoor de eigen kosten"), max_length=300, blank=True)
    amount_asked = models.DecimalField(
        _("gevraagd bedrag (euro)"), validators=[MinValueValidator(0)], **MONEY
    )
    co_financing = models.DecimalField(
        _("cofinanciering (euro)"), default=ZERO, validators=[MinValueValidator(0)], **MONEY
    )
    pupils = models.PositiveIntegerField(
        _("leerlingen bereikt"), validators=[MinValueValidator(1), MaxValueValidator(1000)]
    )
    motivation = models.TextField(_("motivatie"), max_length=3000)
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.DRAFT, db_index=True
    )
    amount_granted = models.DecimalField(
        _("toegekend bedrag (euro)"), null=True, blank=True, **MONEY
    )
    decision_note = models.TextField(_("toelichting op het besluit"), blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created = models.DateTimeField(default=timezone.now)
    submitted_at = models.DateTimeField(null=True, blank=True)
    decided_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("aanvraag bij een fonds")
        verbose_name_plural = _("aanvragen bij fondsen")
        ordering = ["-created"]
        constraints = [
            models.CheckConstraint(
                condition=Q(amount_granted__isnull=True) | Q(amount_granted__gte=0),
                name="fund_granted_not_negative",
            ),
        ]

    def __str__(self):
        return f"{self.request.school.name}: {self.request.offer.title}"

    @property
    def total_cost(self):
        return self.offer_cost + self.own_costs

    @property
    def school(self):
        return self.request.school

    def next_part(self):
        return self.parts.filter(paid_at__isnull=True).order_by("number").first()

    def paid_total(self):
        return sum((part.amount for part in self.parts.all() if part.paid_at), ZERO)


class GrantPart(models.Model):
    """A part of a grant: paid, then accounted for by a report that the funder approves."""

    application = models.ForeignKey(Application, on_delete=models.CASCADE, related_name="parts")
    number = models.PositiveSmallIntegerField()
    amount = models.DecimalField(**MONEY)
    paid_at = models.DateTimeField(null=True, blank=True)
    report = models.TextField(_("verantwoording"), blank=True)
    reported_at = models.DateTimeField(null=True, blank=True)
    approved_at = models.DateTimeField(null=True, blank=True)
    # When the school was reminded that this part's report is due (sent once).
    reminded_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["application", "number"]
        constraints = [
            models.UniqueConstraint(fields=["application", "number"], name="fund_part_once"),
            models.CheckConstraint(condition=Q(amount__gte=0), name="fund_part_not_negative"),
        ]

    def __str__(self):
        return f"{self.application_id}/{self.number}: € {self.amount}"


class Share(models.Model):
    """What a grant draws on one contribution (earmarks decide which ones)."""

    application = models.ForeignKey(Application, on_delete=models.CASCADE, related_name="shares")
    contribution = models.ForeignKey(Contribution, on_delete=models.PROTECT, related_name="shares")
    amount = models.DecimalField(**MONEY)

    class Meta:
        constraints = [models.CheckConstraint(condition=Q(amount__gt=0), name="fund_share_pos")]

    def __str__(self):
        return f"{self.contribution_id}: € {self.amount}"


class Score(models.Model):
    """One reviewer's score for one criterion, 0–5, with a comment."""

    application = models.ForeignKey(Application, on_delete=models.CASCADE, related_name="scores")
    criterion = models.ForeignKey(Criterion, on_delete=models.CASCADE, related_name="scores")
    reviewer = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    score = models.PositiveSmallIntegerField(
        _("score"), validators=[MinValueValidator(0), MaxValueValidator(5)]
    )
    comment = models.TextField(_("toelichting"), blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["application", "criterion", "reviewer"], name="fund_score_once"
            ),
            models.CheckConstraint(condition=Q(score__lte=5), name="fund_score_range"),
        ]

    def __str__(self):
        return f"{self.criterion_id}: {self.score}"


class ApplicationEvent(models.Model):
    application = models.ForeignKey(Application, on_delete=models.CASCADE, related_name="events")
    move = models.CharField(max_length=30)
    role = models.CharField(max_length=20)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    from_status = models.CharField(max_length=20, blank=True)
    to_status = models.CharField(max_length=20, blank=True)
    text = models.TextField(blank=True)
    created = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["created", "pk"]

    def __str__(self):
        return f"{self.application_id}: {self.move}"


def attachment_path(instance, filename):
    return f"fund/{instance.application_id}/{filename}"


class Attachment(models.Model):
    """A quote or plan with an application. Stored outside the public media folder and served
    only through a view that checks who asks (`views.attachment`)."""

    application = models.ForeignKey(
        Application, on_delete=models.CASCADE, related_name="attachments"
    )
    file = models.FileField(_("bestand"), upload_to=attachment_path, storage=private_storage)
    name = models.CharField(_("naam"), max_length=200)
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("bijlage")
        verbose_name_plural = _("bijlagen")
        ordering = ["created", "pk"]

    def __str__(self):
        return self.name


class Meeting(models.Model):
    """A committee meeting of a funder: its members vote on the applications put to it."""

    funder = models.ForeignKey("fund.Funder", on_delete=models.CASCADE, related_name="meetings")
    date = models.DateField(_("datum"))
    applications = models.ManyToManyField(Application, related_name="meetings")
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        verbose_name = _("commissievergadering")
        verbose_name_plural = _("commissievergaderingen")
        ordering = ["-date", "-pk"]

    def __str__(self):
        return f"{self.funder} {self.date}"


class Vote(models.Model):
    class Choice(models.TextChoices):
        GRANT = "grant", _("Toekennen")
        DECLINE = "decline", _("Afwijzen")
        ABSTAIN = "abstain", _("Onthouden")

    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="votes")
    application = models.ForeignKey(Application, on_delete=models.CASCADE, related_name="votes")
    voter = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    choice = models.CharField(_("stem"), max_length=10, choices=Choice.choices)
    note = models.TextField(_("toelichting"), blank=True)
    created = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["meeting", "application", "voter"], name="fund_vote_once"
            )
        ]

    def __str__(self):
        return f"{self.voter_id}: {self.choice}"
