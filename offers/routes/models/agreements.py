"""Agreements with partners on a route: who does what, until when, linked to an offer in the
catalogue or to one of the school's requests."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class Agreement(models.Model):
    route = models.ForeignKey("routes.Route", on_delete=models.CASCADE, related_name="agreements")
    partner = models.CharField(
        _("partner"), max_length=200, help_text=_("De organisatie of persoon die het doet.")
    )
    task = models.TextField(_("wat"), max_length=1000)
    until = models.DateField(_("tot wanneer"))
    offer = models.ForeignKey(
        "offers.OfferPage",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("aanbod"),
    )
    request = models.ForeignKey(
        "bookings.BookingRequest",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("aanvraag van de school"),
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    updated = models.DateTimeField(_("bijgewerkt"), default=timezone.now)

    class Meta:
        verbose_name = _("afspraak met een partner")
        verbose_name_plural = _("afspraken met partners")
        ordering = ["until", "pk"]

    def __str__(self):
        return f"{self.partner}: {self.task[:60]}"

    def clean(self):
        if self.request_id and self.route_id and self.request.school_id != self.route.school_id:
            raise ValidationError({"request": _("Deze aanvraag is niet van deze school.")})

    def is_overdue(self, today=None):
        return self.until < (today or timezone.localdate())
