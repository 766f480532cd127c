"""Dated sessions of an offer (inline on the offer page)."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.models import Orderable


class OfferSession(Orderable):
    page = ParentalKey("offers.OfferPage", on_delete=models.CASCADE, related_name="sessions")
    start = models.DateTimeField(_("begin"))
    end = models.DateTimeField(_("einde"))
    place = models.CharField(_("plaats"), max_length=200, blank=True)
    places_left = models.PositiveIntegerField(
        _("vrije plaatsen"), null=True, blank=True, help_text=_("Leeg als het niet vol kan raken.")
    )

    panels = [
        FieldRowPanel([FieldPanel("start"), FieldPanel("end")]),
        FieldRowPanel([FieldPanel("place"), FieldPanel("places_left")]),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("datum")
        verbose_name_plural = _("data")

    def __str__(self):
        return f"{self.page.title}: {timezone.localtime(self.start):%Y-%m-%d %H:%M}"

    def clean(self):
        super().clean()
        if self.start and self.end and self.end <= self.start:
            raise ValidationError({"end": _("Het einde ligt na het begin.")})
