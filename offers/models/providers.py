"""Providers: the organisations behind the offers, and their index page."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from core import fragments
from core.blocks import RICH_TEXT_FEATURES
from core.models import BasePage, IndexPage
from search.service import listing_context

from .offers import OfferPage


class ProviderIndexPage(IndexPage):
    """The list of providers (and entry to the catalogue and school-year calendar)."""

    intro = models.TextField(_("inleiding"), blank=True)

    subpage_types = ["offers.ProviderPage"]

    class Meta:
        verbose_name = _("overzicht van aanbieders")
        verbose_name_plural = _("overzichten van aanbieders")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        providers = ProviderPage.objects.child_of(self).live().order_by("title")
        # Their cards are kept in the shared cache: pages read only for the missing ones.
        context["providers"], context["load_providers"] = fragments.refs(
            providers.prefetch_related("regions")
        )
        # The catalogue: every live offer, through the site's search with its facets.
        context.update(listing_context(request, kind="offer", page_size=24, defer_pages=True))
        total = context["response"].total
        context["results_heading"] = ngettext(
            "%(count)s aanbod gevonden", "%(count)s aanbiedingen gevonden", total
        ) % {"count": total}
        context["result_template"] = "offers/includes/offer_hit.html"
        return context


class ProviderPage(BasePage):
    # Providers are found through their offers (see search.checks).
    site_search = False

    class Kind(models.TextChoices):
        CIVIL_SOCIETY = "civil_society", _("Maatschappelijke organisatie")
        SOCIAL_ENTERPRISE = "social_enterprise", _("Bedrijf met een maatschappelijk doel")
        PUBLIC = "public", _("Publieke instelling")
        FUND = "fund", _("Fonds")
        VOLUNTEERS = "volunteers", _("Vrijwilligersnetwerk")
        SCHOOL_BOARD = "school_board", _("Schoolbestuur")

    organisation_name = models.CharField(
        _("naam van de organisatie"),
        max_length=200,
        help_text=_("De officiële naam; de paginatitel mag korter zijn."),
    )
    kind = models.CharField(_("soort organisatie"), max_length=30, choices=Kind.choices)
    description = RichTextField(_("beschrijving"), features=RICH_TEXT_FEATURES, blank=True)
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    website = models.URLField(_("website"), blank=True)
    contact_name = models.CharField(_("contactpersoon"), max_length=200, blank=True)
    contact_email = models.EmailField(_("e-mailadres"), blank=True)
    contact_phone = models.CharField(_("telefoonnummer"), max_length=40, blank=True)
    regions = ParentalManyToManyField(
        "core.Region",
        verbose_name=_("werkgebied"),
        blank=True,
        related_name="providers",
        help_text=_("Gemeenten, provincies of regio's waar de organisatie werkt."),
    )
    is_national = models.BooleanField(_("werkt landelijk"), default=False)

    parent_page_types = ["offers.ProviderIndexPage"]
    subpage_types = ["offers.OfferPage"]

    search_fields = [
        *BasePage.search_fields,
        index.SearchField("organisation_name"),
        index.SearchField("description"),
        index.FilterField("kind"),
        index.FilterField("is_national"),
        index.RelatedFields("regions", [index.SearchField("name"), index.FilterField("slug")]),
    ]
    translatable_fields = [
        *BasePage.translatable_fields,
        SynchronizedField("organisation_name"),
        SynchronizedField("kind"),
        TranslatableField("description"),
        SynchronizedField("logo"),
        SynchronizedField("website"),
        SynchronizedField("contact_name"),
        SynchronizedField("contact_email"),
        SynchronizedField("contact_phone"),
        SynchronizedField("regions"),
        SynchronizedField("is_national"),
    ]
    content_panels = [
        *BasePage.content_panels,
        FieldPanel("organisation_name"),
        FieldPanel("kind"),
        FieldPanel("description"),
        FieldPanel("logo"),
        MultiFieldPanel(
            [
                FieldPanel("website"),
                FieldPanel("contact_name"),
                FieldPanel("contact_email"),
                FieldPanel("contact_phone"),
            ],
            heading=_("Contact"),
        ),
        MultiFieldPanel(
            [FieldPanel("is_national"), FieldPanel("regions")], heading=_("Werkgebied")
        ),
    ]

    class Meta:
        verbose_name = _("aanbieder")
        verbose_name_plural = _("aanbieders")

    def live_offers(self):
        return OfferPage.objects.child_of(self).live().order_by("title")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["offers"] = self.live_offers().prefetch_related("sessions")
        context["regions"] = list(self.regions.all())
        return context
