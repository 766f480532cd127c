"""What is kept of a deleted account: a log line without personal data."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class AccountDeletion(models.Model):
    """A log line kept when a member deletes their account (no personal data)."""

    user_id_deleted = models.PositiveIntegerField(_("gebruikersnummer"))
    deleted_at = models.DateTimeField(_("verwijderd op"), auto_now_add=True)
    posts_anonymised = models.PositiveIntegerField(_("geanonimiseerde berichten"), default=0)

    class Meta:
        verbose_name = _("verwijderd account")
        verbose_name_plural = _("verwijderde accounts")
        ordering = ["-deleted_at"]

    def __str__(self):
        return f"#{self.user_id_deleted} ({self.deleted_at:%Y-%m-%d})"
