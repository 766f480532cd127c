"""Follows: a member follows a discussion (or a page's thread of replies) or a theme, and gets
an e-mail for each new reply or each new discussion in that theme.

A follow points at its item through a content type and an object id, the same pair a reply
(XtdComment) uses for its target, so "who follows the thread this reply is in" is one query.
A theme is followed in the default language (its Dutch row): the rows of one theme share a slug,
and a discussion started on the English site names the English row.
"""

from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.db import IntegrityError, models, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale, Page

from core.models import Theme
from core.numbers import parse_int

from .discussions import Discussion


def canonical(item):
    """The object a follow of `item` is stored against (a theme: its default-language row)."""
    if isinstance(item, Theme):
        default = Theme.objects.filter(slug=item.slug, locale=Locale.get_default()).first()
        return default or item
    return item


def followable(kind, key):
    """The item a follow form names by kind and key, or None: a discussion, a live page with
    replies, or a theme."""
    if kind == "discussie":
        return Discussion.objects.filter(pk=_int(key), is_removed=False).first()
    if kind == "thema":
        return Theme.objects.filter(slug=key).order_by("locale_id").first()
    if kind == "pagina":
        page = Page.objects.live().filter(pk=_int(key)).first()
        return page.specific if page is not None else None
    return None


def follow_key(item):
    """(kind, key) of an item for the follow form; the inverse of `followable`."""
    if isinstance(item, Discussion):
        return "discussie", str(item.pk)
    if isinstance(item, Theme):
        return "thema", item.slug
    return "pagina", str(item.pk)


def item_title(item):
    if item is None:
        return ""
    if isinstance(item, Theme):
        return item.name
    return getattr(item, "title", str(item))


def _int(value):
    return parse_int(value, default=0)


class FollowQuerySet(models.QuerySet):
    def of(self, item):
        """The follows of `item` (a Discussion, a page with replies, or a Theme)."""
        item = canonical(item)
        return self.filter(content_type=ContentType.objects.get_for_model(item), object_id=item.pk)

    def by(self, user):
        return self.filter(member=user) if user.is_authenticated else self.none()


class Follow(models.Model):
    member = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("lid"),
        on_delete=models.CASCADE,
        related_name="follows",
    )
    content_type = models.ForeignKey(
        ContentType, verbose_name=_("soort"), on_delete=models.CASCADE, related_name="+"
    )
    object_id = models.PositiveBigIntegerField(_("nummer"))
    item = GenericForeignKey("content_type", "object_id")
    created = models.DateTimeField(_("volgt sinds"), default=timezone.now)

    objects = FollowQuerySet.as_manager()

    class Meta:
        verbose_name = _("gevolgd onderwerp")
        verbose_name_plural = _("gevolgde onderwerpen")
        ordering = ["-created", "-pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["member", "content_type", "object_id"], name="one_follow_per_item"
            )
        ]
        indexes = [models.Index(fields=["content_type", "object_id"])]

    def __str__(self):
        return f"{self.member_id} → {self.content_type_id}:{self.object_id}"

    @classmethod
    def start(cls, user, item):
        """Follow `item`; following twice is the same as once (a double click, two tabs)."""
        item = canonical(item)
        content_type = ContentType.objects.get_for_model(item)
        try:
            with transaction.atomic():
                follow, _created = cls.objects.get_or_create(
                    member=user, content_type=content_type, object_id=item.pk
                )
        except IntegrityError:  # the same follow was created at the same moment
            follow = cls.objects.get(member=user, content_type=content_type, object_id=item.pk)
        return follow

    @classmethod
    def stop(cls, user, item):
        return cls.objects.by(user).of(item).delete()[0]

    @classmethod
    def follows(cls, user, item):
        return cls.objects.by(user).of(item).exists()
