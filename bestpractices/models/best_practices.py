"""Best practices: what the alliance learned from initiatives that already work."""

from django import forms
from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    PageChooserPanel,
)
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from bestpractices.blocks import BestPracticeStreamBlock
from core.blocks import RICH_TEXT_FEATURES
from core.models import BasePage, IndexPage
from core.models.taxonomy import localized_terms, term_order
from search.service import listing_context

from .common import Flag, TranslationNoticeMixin

PAGE_SIZE = 10

STRENGTHS = [
    Flag("diensten", "delivers_services", _("Levert diensten of producten")),
    Flag("platform", "it_platform", _("IT en platform")),
    Flag("partnering", "partnering", _("Partnerschap")),
]


def default_language_terms():
    """Pages link the taxonomy rows of the default language; templates show translations."""
    return models.Q(locale__language_code=settings.LANGUAGE_CODE)


class OrganisationKind(models.TextChoices):
    PUBLIC = "public", _("Publieke organisatie")
    CIVIL_SOCIETY = "civil-society", _("Maatschappelijke organisatie")
    COMMERCIAL = "commercial", _("Bedrijf")
    FUND = "fund", _("Fonds")
    SCHOOL = "school", _("School of schoolbestuur")


class BestPracticeIndexPage(IndexPage):
    intro = RichTextField(_("inleiding"), features=RICH_TEXT_FEATURES, blank=True)

    subpage_types = ["bestpractices.BestPracticePage"]

    class Meta:
        verbose_name = _("overzicht goede voorbeelden")
        verbose_name_plural = _("overzichten goede voorbeelden")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Through the site's search, with its facets; a Dutch example not yet translated is
        # listed in English too (see search.adapters.document_language).
        context.update(
            listing_context(
                request,
                kind="bestpractice",
                sorts=("nieuwste", "titel", "relevantie"),
                default_sort="nieuwste",
                page_size=PAGE_SIZE,
                prefetch=("themes",),
                defer_pages=True,
                prepare=localize_card_themes,
            )
        )
        total = context["response"].total
        context["results_heading"] = ngettext(
            "%(count)s goed voorbeeld", "%(count)s goede voorbeelden", total
        ) % {"count": total}
        context["result_template"] = "bestpractices/includes/best_practice_hit.html"
        return context


def localize_card_themes(pages):
    """Each card's themes in the visitor's language (`card_themes`), in one query for all."""
    localized = {
        term.translation_key: term
        for term in localized_terms([theme for page in pages for theme in page.themes.all()])
    }
    for page in pages:
        themes = [localized[theme.translation_key] for theme in page.themes.all()]
        page.card_themes = sorted(themes, key=term_order)


class BestPracticeRelatedPage(Orderable):
    """A related best practice or offer, in the order an editor chose."""

    source = ParentalKey(
        "bestpractices.BestPracticePage", on_delete=models.CASCADE, related_name="related_links"
    )
    page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("pagina"),
        on_delete=models.CASCADE,
        related_name="+",
    )

    panels = [PageChooserPanel("page", ["bestpractices.BestPracticePage", "offers.OfferPage"])]

    class Meta(Orderable.Meta):
        verbose_name = _("gerelateerde pagina")
        verbose_name_plural = _("gerelateerde pagina's")


class BestPracticePage(TranslationNoticeMixin, BasePage):
    organisation_name = models.CharField(_("naam van de organisatie"), max_length=200)
    organisation_website = models.URLField(_("website van de organisatie"), blank=True)
    organisation_kind = models.CharField(
        _("soort organisatie"), max_length=20, choices=OrganisationKind.choices
    )
    goal = models.TextField(_("doel"), help_text=_("Wat het initiatief wil bereiken."))
    how_it_works = RichTextField(_("zo werkt het"), features=RICH_TEXT_FEATURES, blank=True)
    what_it_brings = RichTextField(
        _("wat het scholen kan brengen"), features=RICH_TEXT_FEATURES, blank=True
    )
    delivers_services = models.BooleanField(_("levert diensten of producten"), default=False)
    it_platform = models.BooleanField(_("IT en platform"), default=False)
    partnering = models.BooleanField(_("partnerschap"), default=False)
    success_conditions = RichTextField(
        _("succesvoorwaarden"), features=RICH_TEXT_FEATURES, blank=True
    )
    barriers_starting = RichTextField(
        _("drempels bij de start"), features=RICH_TEXT_FEATURES, blank=True
    )
    barriers_lasting = RichTextField(
        _("drempels om het vol te houden"), features=RICH_TEXT_FEATURES, blank=True
    )
    themes = ParentalManyToManyField(
        "core.Theme",
        verbose_name=_("thema's"),
        blank=True,
        related_name="+",
        limit_choices_to=default_language_terms,
    )
    regions = ParentalManyToManyField(
        "core.Region",
        verbose_name=_("regio's"),
        blank=True,
        help_text=_("Gemeenten, provincies of regio's waar het initiatief werkt."),
    )
    is_national = models.BooleanField(
        _("landelijk"), default=False, help_text=_("Het initiatief werkt in heel Nederland.")
    )
    target_groups = ParentalManyToManyField(
        "core.TargetGroup",
        verbose_name=_("doelgroepen"),
        blank=True,
        related_name="+",
        limit_choices_to=default_language_terms,
    )
    body = StreamField(BestPracticeStreamBlock(), verbose_name=_("verhaal"), blank=True)
    contact_name = models.CharField(_("contactpersoon"), max_length=200, blank=True)
    contact_email = models.EmailField(_("e-mailadres"), blank=True)
    contact_phone = models.CharField(_("telefoonnummer"), max_length=40, blank=True)

    parent_page_types = ["bestpractices.BestPracticeIndexPage"]
    subpage_types = []

    search_fields = [
        *BasePage.search_fields,
        index.SearchField("organisation_name", boost=2),
        index.AutocompleteField("organisation_name"),
        index.SearchField("goal"),
        index.SearchField("how_it_works"),
        index.SearchField("what_it_brings"),
        index.SearchField("success_conditions"),
        index.SearchField("body"),
        index.FilterField("organisation_kind"),
        index.FilterField("is_national"),
        index.FilterField("delivers_services"),
        index.FilterField("it_platform"),
        index.FilterField("partnering"),
        index.FilterField("first_published_at"),
        index.RelatedFields("themes", [index.SearchField("name"), index.FilterField("slug")]),
        index.RelatedFields("regions", [index.SearchField("name"), index.FilterField("slug")]),
        index.RelatedFields("target_groups", [index.FilterField("slug")]),
    ]
    translatable_fields = [
        *BasePage.translatable_fields,
        SynchronizedField("organisation_name"),
        SynchronizedField("organisation_website"),
        SynchronizedField("organisation_kind"),
        TranslatableField("goal"),
        TranslatableField("how_it_works"),
        TranslatableField("what_it_brings"),
        SynchronizedField("delivers_services"),
        SynchronizedField("it_platform"),
        SynchronizedField("partnering"),
        TranslatableField("success_conditions"),
        TranslatableField("barriers_starting"),
        TranslatableField("barriers_lasting"),
        SynchronizedField("themes"),
        SynchronizedField("regions"),
        SynchronizedField("is_national"),
        SynchronizedField("target_groups"),
        SynchronizedField("related_links"),
        TranslatableField("body"),
        SynchronizedField("contact_name"),
        SynchronizedField("contact_email"),
        SynchronizedField("contact_phone"),
    ]

    content_panels = [
        *BasePage.content_panels,
        MultiFieldPanel(
            [
                FieldPanel("organisation_name"),
                FieldRowPanel(
                    [FieldPanel("organisation_kind"), FieldPanel("organisation_website")]
                ),
            ],
            heading=_("Organisatie"),
        ),
        FieldPanel("goal"),
        FieldPanel("how_it_works"),
        FieldPanel("what_it_brings"),
        MultiFieldPanel(
            [FieldPanel("delivers_services"), FieldPanel("it_platform"), FieldPanel("partnering")],
            heading=_("Krachten"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("success_conditions"),
                FieldPanel("barriers_starting"),
                FieldPanel("barriers_lasting"),
            ],
            heading=_("Wat we ervan leren"),
        ),
        FieldPanel("body"),
        MultiFieldPanel(
            [
                FieldPanel("themes", widget=forms.CheckboxSelectMultiple),
                FieldPanel("target_groups", widget=forms.CheckboxSelectMultiple),
                FieldPanel("regions"),
                FieldPanel("is_national"),
            ],
            heading=_("Indeling"),
        ),
        InlinePanel("related_links", label=_("Gerelateerde voorbeelden en aanbod")),
        MultiFieldPanel(
            [FieldPanel("contact_name"), FieldPanel("contact_email"), FieldPanel("contact_phone")],
            heading=_("Contact"),
        ),
    ]

    class Meta:
        verbose_name = _("goed voorbeeld")
        verbose_name_plural = _("goede voorbeelden")

    @property
    def strengths(self):
        return [flag.label for flag in STRENGTHS if getattr(self, flag.field)]

    def localized_themes(self):
        return localized_terms(self.themes.all(), ordered=True)

    def localized_target_groups(self):
        return localized_terms(self.target_groups.all(), ordered=True)

    def related_pages(self):
        """Live related pages, in the visitor's language where a translation exists."""
        pages = []
        for link in self.related_links.select_related("page"):
            page = link.page.localized
            if page.live:
                pages.append(page.specific)
        return pages
