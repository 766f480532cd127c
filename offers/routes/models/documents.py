"""Documents per phase of a route: Wagtail documents in a collection of their own, read only
through the route's permission-checked view (the public document URL refuses them)."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .programmes import PhaseKey


class PhaseDocument(models.Model):
    route = models.ForeignKey("routes.Route", on_delete=models.CASCADE, related_name="documents")
    phase = models.CharField(_("fase"), max_length=20, choices=PhaseKey.choices)
    document = models.OneToOneField(
        "wagtaildocs.Document",
        on_delete=models.CASCADE,
        related_name="route_document",
        verbose_name=_("document"),
    )
    added_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    added = models.DateTimeField(_("toegevoegd"), default=timezone.now)

    class Meta:
        verbose_name = _("document van een fase")
        verbose_name_plural = _("documenten per fase")
        ordering = ["added", "pk"]

    def __str__(self):
        return self.document.title
