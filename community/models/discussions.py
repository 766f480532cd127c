"""Discussions: a topic a member starts under a theme; replies are django-comments-xtd comments."""

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.db.models import Max
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_comments_xtd.models import XtdComment


def visible_comments_for(obj):
    """The public, not removed comments on `obj` (a Discussion or a page)."""
    return XtdComment.objects.filter(
        content_type=ContentType.objects.get_for_model(obj),
        object_pk=str(obj.pk),
        is_public=True,
        is_removed=False,
    )


class Discussion(models.Model):
    title = models.CharField(_("titel"), max_length=200)
    body = models.TextField(_("bericht"), max_length=5000)
    theme = models.ForeignKey(
        "core.Theme", verbose_name=_("thema"), on_delete=models.PROTECT, related_name="+"
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("auteur"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="discussions",
    )
    page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("over de pagina"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Optioneel: een goed voorbeeld, verhaal of aanbod waar het over gaat."),
    )
    created = models.DateTimeField(_("gestart op"), default=timezone.now)
    edited = models.DateTimeField(_("bewerkt op"), null=True, blank=True)
    last_activity = models.DateTimeField(_("laatste activiteit"), default=timezone.now)
    reply_count = models.PositiveIntegerField(_("reacties"), default=0)
    is_removed = models.BooleanField(
        _("verwijderd"), default=False, help_text=_("Verborgen door de redactie of de auteur.")
    )

    class Meta:
        verbose_name = _("discussie")
        verbose_name_plural = _("discussies")
        ordering = ["-last_activity"]
        indexes = [models.Index(fields=["-last_activity"])]

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        # A title is one line: it becomes the subject of every follower's e-mail, and a line
        # break there makes Django refuse the message (BadHeaderError) for the whole thread.
        self.title = " ".join((self.title or "").split())
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("community:discussion_detail", args=[self.theme.slug, self.pk])

    def refresh_stats(self):
        """Recount the visible replies and the time of the latest one."""
        comments = visible_comments_for(self)
        stats = comments.aggregate(latest=Max("submit_date"))
        count = comments.count()
        latest = max(filter(None, [self.created, self.edited, stats["latest"]]))
        Discussion.objects.filter(pk=self.pk).update(reply_count=count, last_activity=latest)
        self.reply_count, self.last_activity = count, latest
