"""How often each offer's page is viewed: one counter per offer per day, nothing about who.

No visitor, address, cookie or referrer is stored; the provider sees the sum of recent days in
Mijn aanbod. Counting happens in `offers.visits`.
"""

from django.db import IntegrityError, models, transaction
from django.db.models import F
from django.utils.translation import gettext_lazy as _


class OfferDailyViews(models.Model):
    offer = models.ForeignKey(
        "offers.OfferPage",
        verbose_name=_("aanbod"),
        on_delete=models.CASCADE,
        related_name="daily_views",
    )
    day = models.DateField(_("dag"))
    views = models.PositiveIntegerField(_("weergaven"), default=0)

    class Meta:
        verbose_name = _("weergaven van een aanbod op een dag")
        verbose_name_plural = _("weergaven van aanbod per dag")
        constraints = [
            models.UniqueConstraint(fields=["offer", "day"], name="unique_offer_views_per_day")
        ]

    def __str__(self):
        return f"{self.offer_id} {self.day}: {self.views}"

    @classmethod
    def add_one(cls, offer_id, day):
        """Count one view in the database itself (no read-modify-write race): raise the day's
        counter, or create it; a request that creates it at the same moment makes this one
        raise it instead."""
        rows = cls.objects.filter(offer_id=offer_id, day=day)
        if rows.update(views=F("views") + 1):
            return
        try:
            with transaction.atomic():
                cls.objects.create(offer_id=offer_id, day=day, views=1)
        except IntegrityError:
            rows.update(views=F("views") + 1)
