"""After the event: the organiser's short report and the discussion it opens."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class EventReport(models.Model):
    page = models.OneToOneField("events.EventPage", on_delete=models.CASCADE, related_name="report")
    text = models.TextField(_("verslag"), max_length=5000)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    # The discussion where attendees talk on (community.Discussion about the event page).
    discussion = models.ForeignKey(
        "community.Discussion", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    updated = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("verslag")
        verbose_name_plural = _("verslagen")

    def __str__(self):
        return f"{self.page}"
