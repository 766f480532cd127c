"""Coordinators: members who hold a school's needs and requests without being verified for it
(managed in the Wagtail admin)."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class SchoolCoordinator(models.Model):
    """A member who holds the needs of a school without being verified for it."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("lid"),
        on_delete=models.CASCADE,
        related_name="coordinated_schools",
    )
    school = models.ForeignKey(
        "schools.School",
        verbose_name=_("school"),
        on_delete=models.CASCADE,
        related_name="coordinators",
    )

    class Meta:
        db_table = "offers_schoolcoordinator"  # created by offers, moved with its rows
        verbose_name = _("coördinator van een school")
        verbose_name_plural = _("coördinatoren van scholen")
        constraints = [
            models.UniqueConstraint(fields=["user", "school"], name="unique_school_coordinator")
        ]

    def __str__(self):
        return f"{self.user} → {self.school}"
