"""Leermeester–gezel: school leaders who opted in, the pairs a broker proposes, and their log.

A pair's life is a `core.statemachine` table (`pair_machine.py`); `suggest` ranks candidate
pairs with the reasons a broker reads.
"""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _

HALF_DAYS = [
    (f"{day}-{part}", format_lazy("{} {}", day_label, part_label))
    for day, day_label in [("ma", _("maandag")), ("di", _("dinsdag")), ("wo", _("woensdag")),
                           ("do", _("donderdag")), ("vr", _("vrijdag"))]
    for part, part_label in [("o", _("ochtend")), ("m", _("middag"))]
]  # fmt: skip


class PairingProfile(models.Model):
    """A school leader's opt-in as leermeester (further along) or gezel (learning)."""

    class Role(models.TextChoices):
        MASTER = "leermeester", _("Leermeester")
        APPRENTICE = "gezel", _("Gezel")

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="pairing"
    )
    role = models.CharField(_("rol"), max_length=12, choices=Role.choices)
    themes = models.ManyToManyField("core.Theme", verbose_name=_("thema's"), blank=True)
    phase = models.PositiveSmallIntegerField(
        _("fase van de schoolontwikkeling"), default=1, help_text=_("1 (begin) tot 4 (ver).")
    )
    municipality = models.ForeignKey(
        "core.Region", verbose_name=_("gemeente"), null=True, on_delete=models.SET_NULL
    )
    half_days = models.CharField(_("beschikbare dagdelen"), max_length=100, blank=True)
    capacity = models.PositiveSmallIntegerField(_("aantal gezellen"), default=1)

    def __str__(self):
        return f"{self.user} ({self.role})"

    @property
    def half_day_set(self):
        return {code for code in self.half_days.split(",") if code}


class Pair(models.Model):
    class Status(models.TextChoices):
        PROPOSED = "proposed", _("voorgesteld")
        ACCEPTED = "accepted", _("aangenomen")
        ACTIVE = "active", _("actief")
        ENDED = "ended", _("afgerond")
        DECLINED = "declined", _("afgewezen")

    master = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="pairs_as_master"
    )
    apprentice = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="pairs_as_apprentice"
    )
    broker = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="brokered_pairs"
    )
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.PROPOSED)
    master_accepted = models.BooleanField(default=False)
    apprentice_accepted = models.BooleanField(default=False)
    reasons = models.TextField(blank=True)
    evaluation = models.TextField(_("korte evaluatie"), blank=True)
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created"]
        constraints = [
            models.UniqueConstraint(
                "master",
                "apprentice",
                condition=Q(status__in=["proposed", "accepted", "active"]),
                name="networks_one_open_pair",
            )
        ]

    def __str__(self):
        return f"{self.master} – {self.apprentice}"


class PairMeeting(models.Model):
    """A meeting of a pair; the reflection is read by the pair and the broker only."""

    pair = models.ForeignKey(Pair, on_delete=models.CASCADE, related_name="meetings")
    date = models.DateField(_("datum"))
    topic = models.CharField(_("onderwerp"), max_length=200)
    reflection = models.TextField(_("reflectie"), blank=True, max_length=3000)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        ordering = ["-date", "-pk"]

    def __str__(self):
        return f"{self.date}: {self.topic}"


class PairEntry(models.Model):
    pair = models.ForeignKey(Pair, on_delete=models.CASCADE, related_name="entries")
    move = models.CharField(max_length=20)
    role = models.CharField(max_length=12)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    from_status = models.CharField(max_length=10, blank=True)
    to_status = models.CharField(max_length=10, blank=True)
    created = models.DateTimeField(auto_now_add=True)

    def __str__(self):
        return f"{self.move}: {self.from_status} -> {self.to_status}"
