"""Funding schemes: who pays for what, for whom, where, and how to apply."""

from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from core.blocks import RICH_TEXT_FEATURES
from core.models import BasePage
from core.models.taxonomy import localized_terms
from offers.filters import apply_facet, apply_filter, legacy_redirect
from offers.localization import default_locale_terms
from search.service import listing_context, unknown_note

from .fields import ChoiceListField, split_choices
from .offers import OfferType
from .reach import Reach, ReachPageForm, reach_errors


class FunderKind(models.TextChoices):
    FUND = "fund", _("Fonds")
    MUNICIPALITY = "municipality", _("Gemeente")
    PROVINCE = "province", _("Provincie")
    MINISTRY = "ministry", _("Programma van het Rijk")
    COMPANY = "company", _("Bedrijf")


class Applicant(models.TextChoices):
    SCHOOLS = "schools", _("Scholen")
    BOARDS = "boards", _("Schoolbesturen")
    PROVIDERS = "providers", _("Aanbieders")


class FundingIndexPage(BasePage):
    # A listing shows the search; it is not a result of it (see search.checks).
    site_search = False

    intro = models.TextField(_("inleiding"), blank=True)

    parent_page_types = ["core.HomePage"]
    subpage_types = ["offers.FundingSchemePage"]
    max_count_per_parent = 1

    search_fields = [*BasePage.search_fields, index.SearchField("intro")]
    translatable_fields = [*BasePage.translatable_fields, TranslatableField("intro")]
    content_panels = [*BasePage.content_panels, FieldPanel("intro")]

    class Meta:
        verbose_name = _("overzicht van regelingen")
        verbose_name_plural = _("overzichten van regelingen")

    def serve(self, request, *args, **kwargs):
        return legacy_redirect(request) or super().serve(request, *args, **kwargs)

    def get_context(self, request, *args, **kwargs):
        """The schemes through the site search, with its facets, plus whether a scheme can
        be applied for now (decided on today's date, see offers.filters)."""
        context = super().get_context(request, *args, **kwargs)
        schemes = FundingSchemePage.objects.live()
        chosen, unknown, within, sets = apply_filter(request.GET, schemes)
        context.update(
            listing_context(
                request,
                kind="funding",
                sorts=("titel", "relevantie", "nieuwste"),
                default_sort="titel",
                page_size=50,
                prefetch=("regions", "deadlines"),
                within=within,
            )
        )
        response = context["response"]
        group = apply_facet(response, chosen, sets, schemes)
        if group is not None:
            response.facets.append(group)
        if unknown:
            response.unknown += unknown
            response.notes.append(unknown_note(unknown))
        context["filtered"] = context["filtered"] or bool(chosen)
        context["schemes"] = [hit.page for hit in response.hits if hit.page is not None]
        return context


class FundingDeadline(Orderable):
    page = ParentalKey(
        "offers.FundingSchemePage", on_delete=models.CASCADE, related_name="deadlines"
    )
    date = models.DateField(_("datum"))
    note = models.CharField(_("toelichting"), max_length=200, blank=True)

    panels = [FieldRowPanel([FieldPanel("date"), FieldPanel("note")])]

    class Meta(Orderable.Meta):
        verbose_name = _("deadline")
        verbose_name_plural = _("deadlines")


class FundingSchemePage(BasePage):
    funder_name = models.CharField(_("financier"), max_length=200)
    funder_kind = models.CharField(_("soort financier"), max_length=20, choices=FunderKind.choices)
    summary = models.TextField(_("samenvatting"), max_length=400)
    description = RichTextField(_("beschrijving"), features=RICH_TEXT_FEATURES, blank=True)
    themes = ParentalManyToManyField(
        "core.Theme",
        verbose_name=_("betaalt voor thema's"),
        related_name="funding_schemes",
        blank=True,
        limit_choices_to=default_locale_terms,
    )
    offer_types = ChoiceListField(
        _("betaalt voor soorten aanbod"), options=OfferType.choices, max_length=200
    )
    applicants = ChoiceListField(_("wie kan aanvragen"), options=Applicant.choices, max_length=100)
    reach = models.CharField(
        _("bereik"), max_length=10, choices=Reach.choices, default=Reach.NATIONAL
    )
    regions = ParentalManyToManyField(
        "core.Region",
        verbose_name=_("regio's"),
        related_name="funding_schemes",
        blank=True,
        help_text=_(
            "Lokaal: de gemeenten. Regionaal: provincies of regio's. Landelijk: leeg laten."
        ),
    )
    amount_min = models.DecimalField(
        _("bedrag vanaf (euro)"),
        max_digits=10,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(0)],
    )
    amount_max = models.DecimalField(
        _("bedrag tot (euro)"),
        max_digits=10,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(0)],
    )
    amount_note = models.CharField(
        _("toelichting op het bedrag"),
        max_length=200,
        blank=True,
        help_text=_("Bijvoorbeeld 'indicatief' of 'per leerling per jaar'."),
    )
    co_financing_required = models.BooleanField(_("cofinanciering nodig"), default=False)
    co_financing_note = models.CharField(
        _("toelichting op de cofinanciering"), max_length=200, blank=True
    )
    is_rolling = models.BooleanField(
        _("doorlopend aan te vragen"), default=False, help_text=_("Geen vaste deadline.")
    )
    application_url = models.URLField(_("aanvragen via"), blank=True)

    base_form_class = ReachPageForm
    parent_page_types = ["offers.FundingIndexPage"]
    subpage_types = []

    search_fields = [
        *BasePage.search_fields,
        index.SearchField("funder_name"),
        index.SearchField("summary"),
        index.SearchField("description"),
        index.FilterField("funder_kind"),
        index.FilterField("reach"),
        index.FilterField("is_rolling"),
        index.FilterField("co_financing_required"),
        index.RelatedFields("themes", [index.SearchField("name"), index.FilterField("slug")]),
        index.RelatedFields("regions", [index.SearchField("name"), index.FilterField("slug")]),
    ]
    translatable_fields = [
        *BasePage.translatable_fields,
        SynchronizedField("funder_name"),
        SynchronizedField("funder_kind"),
        TranslatableField("summary"),
        TranslatableField("description"),
        SynchronizedField("themes"),
        SynchronizedField("offer_types"),
        SynchronizedField("applicants"),
        SynchronizedField("reach"),
        SynchronizedField("regions"),
        SynchronizedField("amount_min"),
        SynchronizedField("amount_max"),
        TranslatableField("amount_note"),
        SynchronizedField("co_financing_required"),
        TranslatableField("co_financing_note"),
        SynchronizedField("is_rolling"),
        SynchronizedField("deadlines"),
        SynchronizedField("application_url"),
    ]
    content_panels = [
        *BasePage.content_panels,
        FieldRowPanel([FieldPanel("funder_name"), FieldPanel("funder_kind")]),
        FieldPanel("summary"),
        FieldPanel("description"),
        MultiFieldPanel(
            [FieldPanel("themes"), FieldPanel("offer_types"), FieldPanel("applicants")],
            heading=_("Waarvoor en voor wie"),
        ),
        MultiFieldPanel([FieldPanel("reach"), FieldPanel("regions")], heading=_("Bereik")),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("amount_min"), FieldPanel("amount_max")]),
                FieldPanel("amount_note"),
                FieldPanel("co_financing_required"),
                FieldPanel("co_financing_note"),
            ],
            heading=_("Bedrag"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("is_rolling"),
                InlinePanel("deadlines", label=_("Deadlines")),
                FieldPanel("application_url"),
            ],
            heading=_("Aanvragen"),
        ),
    ]

    class Meta:
        verbose_name = _("regeling")
        verbose_name_plural = _("regelingen")

    def clean(self):
        super().clean()
        errors = dict(reach_errors(self.reach, list(self.regions.all())))
        if (
            self.amount_min is not None
            and self.amount_max is not None
            and self.amount_min > self.amount_max
        ):
            errors["amount_max"] = _("Het hoogste bedrag is niet lager dan het laagste.")
        if errors:
            raise ValidationError(errors)

    def offer_type_labels(self):
        labels = dict(OfferType.choices)
        return [labels[value] for value in split_choices(self.offer_types) if value in labels]

    def applicant_labels(self):
        labels = dict(Applicant.choices)
        return [labels[value] for value in split_choices(self.applicants) if value in labels]

    def upcoming_deadlines(self):
        today = timezone.localdate()
        return sorted(
            (deadline for deadline in self.deadlines.all() if deadline.date >= today),
            key=lambda deadline: deadline.date,
        )

    @property
    def is_open(self):
        return self.is_rolling or bool(self.upcoming_deadlines())

    def get_context(self, request, *args, **kwargs):
        from offers.localization import in_active_locale

        from .offers import OfferPage

        context = super().get_context(request, *args, **kwargs)
        context["themes"] = localized_terms(self.themes.all())
        context["regions"] = list(self.regions.all())
        # Offers link the Dutch scheme; translations share its links.
        keys = FundingSchemePage.objects.filter(translation_key=self.translation_key)
        context["offers"] = (
            in_active_locale(OfferPage.objects.live().filter(funding_schemes__in=keys))
            .distinct()
            .order_by("title")
        )
        return context
