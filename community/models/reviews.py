"""Reviews of offers by schools, the provider's reply, and members' "helpful" votes.

A review belongs to a school, not to a member: one review per school and offer, which any
member verified for that school may edit. Reviews of a translated offer are stored on the
offer's page in the default language (its translation_key's Dutch page), so every translation
shows and counts the same reviews.
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core.locales import default_locale
from offers.models import OfferPage

REVIEW_TEXT_MAX_LENGTH = 3000
REPLY_TEXT_MAX_LENGTH = 2000


def offer_page_model():
    """offers.OfferPage: the page type schools review."""
    return OfferPage


def source_offer(page):
    """The offer in the default language that `page` (an offer in any language) belongs to."""
    model = offer_page_model()
    if page is None or model is None:
        return None
    default = default_locale()
    if page.locale_id == default.pk:
        return page.specific if not isinstance(page, model) else page
    source = model.objects.filter(translation_key=page.translation_key, locale=default).first()
    return source or (page.specific if not isinstance(page, model) else page)


class ReviewQuerySet(models.QuerySet):
    def public(self):
        return self.filter(is_public=True)

    def with_helpful_count(self):
        return self.annotate(helpful_count=models.Count("helpful_votes", distinct=True))

    def newest_first(self):
        return self.order_by("-created", "-pk")

    def most_helpful_first(self):
        return self.with_helpful_count().order_by("-helpful_count", "-created", "-pk")


class Review(models.Model):
    offer = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("aanbod"),
        on_delete=models.CASCADE,
        related_name="reviews",
    )
    school = models.ForeignKey(
        "schools.School",
        verbose_name=_("school"),
        on_delete=models.CASCADE,
        related_name="reviews",
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("laatst bewerkt door"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="reviews",
    )
    rating = models.PositiveSmallIntegerField(
        _("waardering"),
        validators=[MinValueValidator(1), MaxValueValidator(5)],
        help_text=_("Van 1 (slecht) tot 5 (uitstekend)."),
    )
    ran_on = models.DateField(
        _("uitgevoerd op"),
        null=True,
        blank=True,
        help_text=_("Optioneel: wanneer uw school het aanbod gebruikte."),
    )
    group = models.ForeignKey(
        "core.TargetGroup",
        verbose_name=_("met groep"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    text = models.TextField(_("uw ervaring"), max_length=REVIEW_TEXT_MAX_LENGTH)
    created = models.DateTimeField(_("geplaatst op"), default=timezone.now)
    updated = models.DateTimeField(_("bijgewerkt op"), auto_now=True)
    is_public = models.BooleanField(
        _("zichtbaar"),
        default=True,
        help_text=_("Vink uit om de beoordeling te verbergen; de score telt haar dan niet mee."),
    )

    objects = ReviewQuerySet.as_manager()

    class Meta:
        verbose_name = _("beoordeling")
        verbose_name_plural = _("beoordelingen")
        ordering = ["-created", "-pk"]
        constraints = [
            models.UniqueConstraint(fields=["offer", "school"], name="one_review_per_school"),
            models.CheckConstraint(
                condition=models.Q(rating__gte=1, rating__lte=5), name="review_rating_1_to_5"
            ),
        ]
        indexes = [models.Index(fields=["offer", "is_public", "-created"])]

    def __str__(self):
        return f"{self.rating}/5 · {self.school.name}"

    def save(self, *args, **kwargs):
        if self.offer_id:
            source = source_offer(self.offer)
            if source is not None and source.pk != self.offer_id:
                self.offer = source
        super().save(*args, **kwargs)

    def clean(self):
        super().clean()
        model = offer_page_model()
        if self.offer_id and model is not None and not isinstance(self.offer.specific, model):
            raise ValidationError({"offer": _("Alleen aanbod kan beoordeeld worden.")})


class ProviderReply(models.Model):
    """The public answer of the offer's provider to one review."""

    review = models.OneToOneField(
        Review, verbose_name=_("beoordeling"), on_delete=models.CASCADE, related_name="reply"
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("auteur"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="review_replies",
    )
    text = models.TextField(_("reactie van de aanbieder"), max_length=REPLY_TEXT_MAX_LENGTH)
    created = models.DateTimeField(_("geplaatst op"), default=timezone.now)
    is_public = models.BooleanField(_("zichtbaar"), default=True)

    class Meta:
        verbose_name = _("reactie van de aanbieder")
        verbose_name_plural = _("reacties van aanbieders")
        ordering = ["-created"]

    def __str__(self):
        return _("Reactie op %(review)s") % {"review": self.review}


class HelpfulVote(models.Model):
    review = models.ForeignKey(
        Review,
        verbose_name=_("beoordeling"),
        on_delete=models.CASCADE,
        related_name="helpful_votes",
    )
    member = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("lid"),
        on_delete=models.CASCADE,
        related_name="helpful_votes",
    )
    created = models.DateTimeField(_("gestemd op"), auto_now_add=True)

    class Meta:
        verbose_name = _("stem 'nuttig'")
        verbose_name_plural = _("stemmen 'nuttig'")
        constraints = [
            models.UniqueConstraint(fields=["review", "member"], name="one_helpful_vote_per_member")
        ]

    def __str__(self):
        return f"{self.member_id} → {self.review_id}"

    def clean(self):
        super().clean()
        if self.review_id and self.member_id and self.review.author_id == self.member_id:
            raise ValidationError(_("U kunt uw eigen beoordeling niet als nuttig markeren."))
