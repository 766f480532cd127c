"""Offers: what providers offer schools, with its facts, sessions, reach, cost and accreditation."""

from functools import partial

from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from core import localcache, pagecache
from core.blocks import StandardStreamBlock
from core.locales import default_locale
from core.models import BasePage
from core.models.taxonomy import localized_terms
from offers.localization import default_locale_terms

from .choices import AccreditationLevel, CapacityUnit, OfferType, PriceUnit, SchoolTime
from .display import TAXONOMY_FIELDS, OfferDisplay
from .reach import Reach, ReachPageForm, reach_errors


class OfferPage(OfferDisplay, BasePage):
    offer_type = models.CharField(_("soort aanbod"), max_length=30, choices=OfferType.choices)
    summary = models.TextField(
        _("samenvatting"),
        max_length=400,
        help_text=_("Wat doen de leerlingen, en wat levert het op? Twee of drie zinnen."),
    )
    description = StreamField(StandardStreamBlock(), verbose_name=_("beschrijving"), blank=True)

    themes = ParentalManyToManyField(
        "core.Theme",
        verbose_name=_("thema's"),
        related_name="offers",
        limit_choices_to=default_locale_terms,
    )
    learning_areas = ParentalManyToManyField(
        "core.LearningArea",
        verbose_name=_("leergebieden"),
        related_name="offers",
        blank=True,
        limit_choices_to=default_locale_terms,
    )
    curriculum_goals = ParentalManyToManyField(
        "core.CurriculumGoal",
        verbose_name=_("kerndoelen"),
        related_name="offers",
        blank=True,
        limit_choices_to=default_locale_terms,
        help_text=_("De kerndoelen waaraan het aanbod werkt."),
    )
    target_groups = ParentalManyToManyField(
        "core.TargetGroup",
        verbose_name=_("doelgroepen"),
        related_name="offers",
        limit_choices_to=default_locale_terms,
    )
    replaces_text = models.TextField(
        _("vervangt in het lesprogramma"),
        blank=True,
        help_text=_(
            "Niet stapelen maar vervangen: welk deel van de eigen lessen kan de school laten "
            "vallen als ze dit aanbod gebruikt?"
        ),
    )
    replaces_goals = ParentalManyToManyField(
        "core.CurriculumGoal",
        verbose_name=_("vervangt lessen bij de kerndoelen"),
        related_name="replacing_offers",
        blank=True,
        limit_choices_to=default_locale_terms,
    )

    group_size_min = models.PositiveSmallIntegerField(
        _("groepsgrootte vanaf"), null=True, blank=True
    )
    group_size_max = models.PositiveSmallIntegerField(
        _("groepsgrootte tot en met"), null=True, blank=True
    )
    duration = models.CharField(
        _("duur"),
        max_length=100,
        blank=True,
        help_text=_("Bijvoorbeeld '4 lessen van 45 minuten'."),
    )
    school_time = models.CharField(
        _("wanneer"), max_length=10, choices=SchoolTime.choices, default=SchoolTime.DURING
    )
    languages = models.CharField(_("talen"), max_length=100, default="Nederlands")
    suitability_notes = models.TextField(
        _("geschikt voor"),
        blank=True,
        help_text=_("Bijvoorbeeld speciaal onderwijs, prikkelarm, rolstoeltoegankelijk."),
    )

    reach = models.CharField(
        _("bereik"), max_length=10, choices=Reach.choices, default=Reach.NATIONAL
    )
    regions = ParentalManyToManyField(
        "core.Region",
        verbose_name=_("regio's"),
        related_name="offers",
        blank=True,
        help_text=_(
            "Lokaal: de gemeenten. Regionaal: provincies of regio's. Landelijk: leeg laten."
        ),
    )
    at_school = models.BooleanField(_("op school"), default=False)
    location = models.CharField(
        _("locatie"), max_length=200, blank=True, help_text=_("Adres, als het niet op school is.")
    )

    is_free = models.BooleanField(_("gratis"), default=False)
    price = models.DecimalField(
        _("prijs in euro"),
        max_digits=8,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(0)],
    )
    price_unit = models.CharField(
        _("prijs geldt"), max_length=10, choices=PriceUnit.choices, blank=True
    )
    funding_schemes = ParentalManyToManyField(
        "offers.FundingSchemePage",
        verbose_name=_("te betalen uit"),
        related_name="offers",
        blank=True,
        help_text=_("Regelingen waaruit een school dit aanbod kan betalen."),
    )

    capacity_unit = models.CharField(
        _("plaatsen tellen"),
        max_length=10,
        choices=CapacityUnit.choices,
        default=CapacityUnit.GROUPS,
        help_text=_(
            "Groepen: een klas neemt één plaats van een datum in. Leerlingen: een klas neemt "
            "zoveel plaatsen in als ze leerlingen heeft (een museum dat 60 leerlingen ontvangt)."
        ),
    )
    on_request = models.BooleanField(
        _("op aanvraag"), default=False, help_text=_("De school spreekt zelf een datum af.")
    )
    booking_url = models.URLField(_("aanmelden via website"), blank=True)
    booking_email = models.EmailField(_("aanmelden per e-mail"), blank=True)

    accreditation_level = models.CharField(
        _("erkenningsniveau"),
        max_length=20,
        choices=AccreditationLevel.choices,
        default=AccreditationLevel.NONE,
    )
    accreditation_date = models.DateField(_("datum van beoordeling"), null=True, blank=True)
    accreditation_justification = models.TextField(_("toelichting op het niveau"), blank=True)

    # Written by community.reviews from the reviews of schools; not edited by hand.
    rating_average = models.DecimalField(
        _("gemiddelde beoordeling"), max_digits=3, decimal_places=2, null=True, editable=False
    )
    rating_count = models.PositiveIntegerField(_("aantal beoordelingen"), default=0, editable=False)
    rating_score = models.FloatField(
        _("rangschikkingsscore"),
        default=0,
        editable=False,
        help_text=_("Bayesiaans gemiddelde van de beoordelingen."),
    )

    base_form_class = ReachPageForm
    parent_page_types = ["offers.ProviderPage"]
    subpage_types = []

    search_fields = [
        *BasePage.search_fields,
        index.SearchField("summary"),
        index.SearchField("description"),
        index.SearchField("replaces_text"),
        index.AutocompleteField("title"),
        index.FilterField("offer_type"),
        index.FilterField("reach"),
        index.FilterField("is_free"),
        index.FilterField("accreditation_level"),
        index.FilterField("school_time"),
        index.FilterField("on_request"),
        index.FilterField("rating_score"),
        index.RelatedFields("themes", [index.SearchField("name"), index.FilterField("slug")]),
        index.RelatedFields(
            "learning_areas", [index.SearchField("name"), index.FilterField("slug")]
        ),
        index.RelatedFields(
            "target_groups", [index.SearchField("name"), index.FilterField("slug")]
        ),
        index.RelatedFields(
            "curriculum_goals", [index.SearchField("label"), index.FilterField("number")]
        ),
        index.RelatedFields("regions", [index.SearchField("name"), index.FilterField("slug")]),
    ]
    translatable_fields = [
        *BasePage.translatable_fields,
        SynchronizedField("offer_type"),
        TranslatableField("summary"),
        TranslatableField("description"),
        SynchronizedField("themes"),
        SynchronizedField("learning_areas"),
        SynchronizedField("curriculum_goals"),
        SynchronizedField("target_groups"),
        TranslatableField("replaces_text"),
        SynchronizedField("replaces_goals"),
        SynchronizedField("group_size_min"),
        SynchronizedField("group_size_max"),
        TranslatableField("duration"),
        SynchronizedField("school_time"),
        TranslatableField("languages"),
        TranslatableField("suitability_notes"),
        SynchronizedField("reach"),
        SynchronizedField("regions"),
        SynchronizedField("at_school"),
        TranslatableField("location"),
        SynchronizedField("is_free"),
        SynchronizedField("price"),
        SynchronizedField("price_unit"),
        SynchronizedField("funding_schemes"),
        SynchronizedField("on_request"),
        SynchronizedField("capacity_unit"),
        SynchronizedField("sessions"),
        SynchronizedField("booking_url"),
        SynchronizedField("booking_email"),
        SynchronizedField("accreditation_level"),
        SynchronizedField("accreditation_date"),
        TranslatableField("accreditation_justification"),
    ]

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("offer_type"),
        FieldPanel("summary"),
        FieldPanel("description"),
        MultiFieldPanel(
            [
                FieldPanel("themes"),
                FieldPanel("learning_areas"),
                FieldPanel("curriculum_goals"),
                FieldPanel("target_groups"),
            ],
            heading=_("Thema's, leergebieden en doelgroepen"),
        ),
        MultiFieldPanel(
            [FieldPanel("replaces_text"), FieldPanel("replaces_goals")],
            heading=_("Niet stapelen maar vervangen"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("group_size_min"), FieldPanel("group_size_max")]),
                FieldPanel("duration"),
                FieldPanel("school_time"),
                FieldPanel("languages"),
                FieldPanel("suitability_notes"),
            ],
            heading=_("Praktisch"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("reach"),
                FieldPanel("regions"),
                FieldPanel("at_school"),
                FieldPanel("location"),
            ],
            heading=_("Bereik en locatie"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("is_free"),
                FieldRowPanel([FieldPanel("price"), FieldPanel("price_unit")]),
                FieldPanel("funding_schemes"),
            ],
            heading=_("Kosten"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("on_request"),
                FieldPanel("capacity_unit"),
                InlinePanel("sessions", label=_("Data")),
                FieldPanel("booking_url"),
                FieldPanel("booking_email"),
            ],
            heading=_("Data en aanmelden"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("accreditation_level", permission="offers.change_accreditation"),
                FieldPanel("accreditation_date", permission="offers.change_accreditation"),
                FieldPanel("accreditation_justification", permission="offers.change_accreditation"),
            ],
            heading=_("Erkenning (alleen redactie)"),
        ),
    ]

    class Meta:
        verbose_name = _("aanbod")
        verbose_name_plural = _("aanbod")
        permissions = [("change_accreditation", _("Kan het erkenningsniveau van aanbod wijzigen"))]

    def clean(self):
        super().clean()
        errors = dict(reach_errors(self.reach, list(self.regions.all())))
        if not self.is_free:
            if self.price is None:
                errors["price"] = _("Vul een prijs in, of vink 'gratis' aan.")
            elif not self.price_unit:
                errors["price_unit"] = _("Kies waarvoor de prijs geldt.")
        if self.price is not None and self.price < 0:
            errors["price"] = _("De prijs kan niet negatief zijn.")
        if not self.themes.all():
            errors["themes"] = _("Kies ten minste één thema.")
        if not self.target_groups.all():
            errors["target_groups"] = _("Kies ten minste één doelgroep.")
        if (
            self.group_size_min is not None
            and self.group_size_max is not None
            and self.group_size_min > self.group_size_max
        ):
            errors["group_size_max"] = _("De grootste groep is niet kleiner dan de kleinste.")
        if errors:
            raise ValidationError(errors)

    # What the templates show

    @property
    def provider(self):
        """The provider page the offer sits under (its only allowed parent type), in one
        query. The type comes from `parent_page_types` (the app registry), so this module does
        not import providers.py, which imports it."""
        (provider_model,) = type(self).allowed_parent_page_models()
        return provider_model.objects.parent_of(self).first()

    def source_page(self):
        """This offer in the default language, whose sessions hold the bookings."""
        default = default_locale()
        if self.locale_id == default.pk:
            return self
        # Kept like a routed page (core.models.base): an English offer page asks for it.
        source = localcache.remember_pickled(
            f"offer-source:{pagecache.site_version()}:{self.translation_key}",
            OfferPage.objects.filter(translation_key=self.translation_key, locale=default).first,
        )
        return source or self

    def get_context(self, request, *args, **kwargs):
        """Most of the page is kept in the shared cache ({% shared_fragment %}): what only
        those parts show is read when the cache lacks them (lazy values)."""
        context = super().get_context(request, *args, **kwargs)
        # One query: the parent is always a provider.
        context["provider"] = SimpleLazyObject(lambda: self.provider)
        taxonomy = SimpleLazyObject(self.taxonomy)
        for name in TAXONOMY_FIELDS:
            context[name] = SimpleLazyObject(partial(_item, taxonomy, name))
        context["funding_schemes"] = SimpleLazyObject(
            lambda: localized_terms(self.funding_schemes.live())
        )
        context["sessions"] = self.listed_sessions()
        return context


def _item(mapping, key):
    return mapping[key]


__all__ = [
    "AccreditationLevel",
    "CapacityUnit",
    "OfferPage",
    "OfferType",
    "PriceUnit",
    "SchoolTime",
]
