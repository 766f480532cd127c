"""Flags: a member reports a reply (XtdComment) or a review as inappropriate.

A flag points at its item through a content type and an object id, so one model serves both
kinds. One flag per member per item. Editors see the flags in the admin ("Meldingen"), hide the
item or restore it; doing either marks the item's open flags as handled.
"""

from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

# The kinds of item a member can flag: the name used in the URL, the model.
FLAGGABLE = {
    "reactie": ("django_comments_xtd", "xtdcomment"),
    "beoordeling": ("community", "review"),
}


def flaggable_model(kind):
    """The model class for a kind in FLAGGABLE, or None."""
    if kind not in FLAGGABLE:
        return None
    app_label, model_name = FLAGGABLE[kind]
    return ContentType.objects.get_by_natural_key(app_label, model_name).model_class()


def is_hidden(item):
    """True when an editor (or the author) took the item off the public pages."""
    return not item.is_public or getattr(item, "is_removed", False)


def set_hidden(item, hidden):
    """Hide or restore a reply or review through a normal save, so signals run (a review's
    offer score is recomputed, a discussion's reply count follows)."""
    item.is_public = not hidden
    if not hidden and hasattr(item, "is_removed"):
        item.is_removed = False
    item.save()


class Flag(models.Model):
    class Reason(models.TextChoices):
        SPAM = "spam", _("Spam of reclame")
        OFFENSIVE = "offensive", _("Beledigend of kwetsend")
        OFF_TOPIC = "off_topic", _("Hoort hier niet (off-topic)")
        OTHER = "other", _("Iets anders")

    content_type = models.ForeignKey(
        ContentType, verbose_name=_("soort"), on_delete=models.CASCADE, related_name="+"
    )
    object_id = models.PositiveBigIntegerField(_("nummer"))
    item = GenericForeignKey("content_type", "object_id")
    member = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("gemeld door"),
        on_delete=models.CASCADE,
        related_name="flags",
    )
    reason = models.CharField(_("reden"), max_length=20, choices=Reason.choices)
    created = models.DateTimeField(_("gemeld op"), default=timezone.now)
    handled_at = models.DateTimeField(_("afgehandeld op"), null=True, blank=True)

    class Meta:
        verbose_name = _("melding")
        verbose_name_plural = _("meldingen")
        ordering = ["-created", "-pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["content_type", "object_id", "member"], name="one_flag_per_member"
            )
        ]
        indexes = [models.Index(fields=["content_type", "object_id"])]

    def __str__(self):
        return _("Melding: %(reason)s") % {"reason": self.get_reason_display()}

    @property
    def is_handled(self):
        return self.handled_at is not None

    def item_or_none(self):
        try:
            return self.item
        except AttributeError:
            return None

    def close(self):
        """Handled without action: this and the item's other open flags, as of now."""
        Flag.objects.filter(
            content_type_id=self.content_type_id, object_id=self.object_id, handled_at=None
        ).update(handled_at=timezone.now())

    def apply(self, hidden):
        """Hide or restore the flagged item; marks all open flags of the item as handled."""
        item = self.item_or_none()
        if item is None:
            return None
        set_hidden(item, hidden)
        Flag.objects.filter(
            content_type_id=self.content_type_id, object_id=self.object_id, handled_at=None
        ).update(handled_at=timezone.now())
        return item
