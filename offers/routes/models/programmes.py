"""Programmes, their route template, and each school's route with dated milestones.

A route's phase is one of a fixed list (`PHASES`): the state machine in `machine.py` moves a
route along it. The template's phases carry the words (name, gate) per programme; starting a
route copies the template's activities into milestones with dates, so a later change to the
template leaves running routes as they are.
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class PhaseKey(models.TextChoices):
    KICKOFF = "kickoff", _("Kick-off")
    INTAKE = "intake", _("Intake (vraagarticulatie)")
    ROUTEMAP = "routemap", _("Routekaart")
    PLAN = "plan", _("Verbeterplan (veranderlabs)")
    EXECUTION = "execution", _("Uitvoering")
    EVALUATION = "evaluation", _("Evaluatie en borging")
    FINISHED = "finished", _("Afgerond")


# The order a route goes through; the machine's moves follow it.
PHASES = [key for key, _label in PhaseKey.choices]


def caseload_max():
    return getattr(settings, "ROUTE_CASELOAD_MAX", 5)


class Programme(models.Model):
    name = models.CharField(_("naam"), max_length=200)
    start_year = models.PositiveSmallIntegerField(_("beginjaar"))
    end_year = models.PositiveSmallIntegerField(_("eindjaar"))
    leads = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("programmaleiders"),
        related_name="led_programmes",
        blank=True,
    )
    caseload_max = models.PositiveSmallIntegerField(
        _("scholen per coördinator (hoogstens)"),
        default=caseload_max,
        help_text=_("Een coördinator begeleidt niet meer scholen dan dit."),
    )

    class Meta:
        verbose_name = _("programma")
        verbose_name_plural = _("programma's")
        ordering = ["name"]

    def __str__(self):
        return self.name

    def clean(self):
        if self.end_year and self.start_year and self.end_year < self.start_year:
            raise ValidationError({"end_year": _("Het eindjaar ligt niet voor het beginjaar.")})


class RouteTemplate(models.Model):
    """The phases and planned activities a programme's new routes start from."""

    programme = models.OneToOneField(
        Programme, on_delete=models.CASCADE, related_name="template", verbose_name=_("programma")
    )

    class Meta:
        verbose_name = _("routesjabloon")
        verbose_name_plural = _("routesjablonen")

    def __str__(self):
        return str(self.programme)


class Phase(models.Model):
    template = models.ForeignKey(RouteTemplate, on_delete=models.CASCADE, related_name="phases")
    key = models.CharField(_("fase"), max_length=20, choices=PhaseKey.choices)
    order = models.PositiveSmallIntegerField(_("volgorde"))
    name = models.CharField(_("naam"), max_length=100)
    gate = models.TextField(
        _("voorwaarde om verder te gaan"), help_text=_("Wat moet waar zijn om door te gaan?")
    )

    class Meta:
        verbose_name = _("fase")
        verbose_name_plural = _("fasen")
        ordering = ["order"]
        constraints = [
            models.UniqueConstraint(fields=["template", "key"], name="unique_phase_per_template")
        ]

    def __str__(self):
        return self.name


class PlannedActivity(models.Model):
    phase = models.ForeignKey(Phase, on_delete=models.CASCADE, related_name="activities")
    title = models.CharField(_("titel"), max_length=200)
    offset_days = models.PositiveIntegerField(
        _("dagen na de start"), help_text=_("Het aantal dagen na de start van de school.")
    )
    is_visit = models.BooleanField(_("is een bezoek"), default=False)

    class Meta:
        verbose_name = _("geplande activiteit")
        verbose_name_plural = _("geplande activiteiten")
        ordering = ["offset_days", "pk"]

    def __str__(self):
        return self.title


class Route(models.Model):
    programme = models.ForeignKey(
        Programme, on_delete=models.CASCADE, related_name="routes", verbose_name=_("programma")
    )
    school = models.ForeignKey(
        "schools.School",
        on_delete=models.CASCADE,
        related_name="routes",
        verbose_name=_("school"),
    )
    coordinator = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="coordinated_routes",
        verbose_name=_("ontwikkelcoördinator"),
    )
    start = models.DateField(_("start"))
    phase = models.CharField(
        _("fase"), max_length=20, choices=PhaseKey.choices, default=PhaseKey.KICKOFF
    )
    # The gates as they were when the route started: the template may change afterwards.
    gates = models.JSONField(_("voorwaarden per fase"), default=dict, blank=True)
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("route")
        verbose_name_plural = _("routes")
        ordering = ["school__name"]
        constraints = [
            models.UniqueConstraint(fields=["programme", "school"], name="one_route_per_school")
        ]

    def __str__(self):
        return f"{self.school.name} ({self.programme})"

    def get_absolute_url(self):
        return reverse("routes:detail", args=[self.pk])

    def clean(self):
        if self.coordinator_id and self.programme_id:
            check_caseload(self.programme, self.coordinator, exclude=self.pk)

    @property
    def gate(self):
        return self.gates.get(self.phase, "")


class Milestone(models.Model):
    route = models.ForeignKey(Route, on_delete=models.CASCADE, related_name="milestones")
    title = models.CharField(_("titel"), max_length=200)
    due = models.DateField(_("datum"))
    done_at = models.DateTimeField(_("gedaan op"), null=True, blank=True)
    phase = models.CharField(_("fase"), max_length=20, choices=PhaseKey.choices)
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("eigenaar"),
    )
    is_visit = models.BooleanField(_("is een bezoek"), default=False)
    visit = models.ForeignKey(
        "routes.Visit",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="follow_ups",
        verbose_name=_("uit bezoek"),
    )

    class Meta:
        verbose_name = _("mijlpaal")
        verbose_name_plural = _("mijlpalen")
        ordering = ["due", "pk"]

    def __str__(self):
        return self.title

    def is_overdue(self, today=None):
        return self.done_at is None and self.due < (today or timezone.localdate())


class RouteEvent(models.Model):
    """The audit trail of a route's phases: who confirmed which gate, when."""

    route = models.ForeignKey(Route, on_delete=models.CASCADE, related_name="events")
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    role = models.CharField(max_length=20)
    from_phase = models.CharField(max_length=20)
    to_phase = models.CharField(max_length=20)
    note = models.TextField(blank=True)
    at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["at", "pk"]

    def __str__(self):
        return f"{self.from_phase} → {self.to_phase}"


def check_caseload(programme, coordinator, exclude=None):
    routes = Route.objects.filter(programme=programme, coordinator=coordinator)
    if exclude:
        routes = routes.exclude(pk=exclude)
    if routes.count() >= programme.caseload_max:
        raise ValidationError(
            _(
                "%(name)s begeleidt al %(count)s scholen in dit programma; meer dan "
                "%(max)s kan niet. Kies een andere coördinator."
            )
            % {
                "name": coordinator.get_full_name() or coordinator.get_username(),
                "count": routes.count(),
                "max": programme.caseload_max,
            }
        )
