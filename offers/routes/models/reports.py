"""Quarterly reports are kept: each generated report stores its figures, so the next one can show
what changed since (the trends). Only counts are stored, never a school's words."""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class QuarterReport(models.Model):
    programme = models.ForeignKey(
        "routes.Programme",
        on_delete=models.CASCADE,
        related_name="reports",
        verbose_name=_("programma"),
    )
    year = models.PositiveSmallIntegerField(_("jaar"))
    quarter = models.PositiveSmallIntegerField(_("kwartaal"))
    # {"total", "by_phase": {phase: n}, "by_region": {region: n}, "visits_done", ...}
    figures = models.JSONField(_("cijfers"), default=dict)
    generated = models.DateTimeField(_("gemaakt op"), default=timezone.now)

    class Meta:
        verbose_name = _("kwartaalrapportage")
        verbose_name_plural = _("kwartaalrapportages")
        ordering = ["-year", "-quarter"]
        constraints = [
            models.UniqueConstraint(
                fields=["programme", "year", "quarter"], name="one_report_per_quarter"
            )
        ]

    def __str__(self):
        return f"{self.programme} {self.year}-K{self.quarter}"
