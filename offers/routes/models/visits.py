"""Visits of the coordinator (drafts kept on the server) and the intake's support needs."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _


class Visit(models.Model):
    class Mode(models.TextChoices):
        ON_SITE = "on_site", _("Op school")
        VIDEO = "video", _("Videogesprek")
        PHONE = "phone", _("Telefoon")

    class Status(models.TextChoices):
        DRAFT = "draft", _("Concept")
        FINAL = "final", _("Vastgelegd")

    route = models.ForeignKey("routes.Route", on_delete=models.CASCADE, related_name="visits")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.DRAFT)
    # A draft may lack a date: nothing typed is refused when saving a draft.
    date = models.DateField(_("datum"), null=True, blank=True)
    mode = models.CharField(_("hoe"), max_length=10, choices=Mode.choices, blank=True)
    attendees = models.CharField(_("wie waren er"), max_length=500, blank=True)
    notes = models.TextField(_("aantekeningen"), blank=True)
    # The three leadership practices of the plan (richting geven, mensen ontwikkelen, de
    # organisatie ontwikkelen). Reflections stay on the route: no report shows them.
    reflection_direction = models.TextField(_("richting geven"), blank=True)
    reflection_people = models.TextField(_("mensen ontwikkelen"), blank=True)
    reflection_organisation = models.TextField(_("de organisatie ontwikkelen"), blank=True)
    # Follow-ups as typed ([{title, owner, due}]); they become milestones when the visit is
    # recorded, so a draft's half-typed follow-up never shows up as a milestone.
    follow_ups_draft = models.JSONField(default=list, blank=True)
    updated = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("bezoek")
        verbose_name_plural = _("bezoeken")
        ordering = ["-date", "-pk"]
        constraints = [
            # One draft per author and route: the form resumes it.
            models.UniqueConstraint(
                fields=["route", "author"],
                condition=Q(status="draft"),
                name="one_visit_draft_per_author",
            )
        ]

    def __str__(self):
        return f"{self.route.school.name} {self.date or ''}"


class IntakeNeed(models.Model):
    """A support need named at the intake; one click turns it into a need profile."""

    route = models.ForeignKey("routes.Route", on_delete=models.CASCADE, related_name="intake")
    theme = models.ForeignKey(
        "core.Theme",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("thema"),
    )
    title = models.CharField(_("ondersteuningsbehoefte"), max_length=150)
    description = models.TextField(_("toelichting"), max_length=2000, blank=True)
    need = models.OneToOneField(
        "offers.NeedProfile",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="intake",
        verbose_name=_("hulpvraag"),
    )

    class Meta:
        verbose_name = _("ondersteuningsbehoefte")
        verbose_name_plural = _("ondersteuningsbehoeften")
        ordering = ["pk"]

    def __str__(self):
        return self.title
