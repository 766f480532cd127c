"""The abstract page every page type of the site extends."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField


class BasePage(Page):
    """SEO and sharing fields, plus the search and translation fields all pages share."""

    # Whether the site search finds pages of this type. A page type that keeps True needs a
    # search document in its app's search_documents.py; a system check (search.checks) says so.
    site_search = True

    listing_summary = models.TextField(
        _("samenvatting voor overzichten"),
        blank=True,
        max_length=300,
        help_text=_("Eén of twee zinnen die in overzichten en zoekresultaten verschijnen."),
    )
    social_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("afbeelding voor delen"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Verschijnt als voorbeeld wanneer de pagina wordt gedeeld."),
    )

    search_fields = [
        *Page.search_fields,
        index.SearchField("listing_summary"),
        index.SearchField("search_description"),
    ]

    translatable_fields = [
        TranslatableField("title"),
        TranslatableField("slug"),
        TranslatableField("seo_title"),
        TranslatableField("search_description"),
        TranslatableField("listing_summary"),
        SynchronizedField("social_image"),
    ]

    promote_panels = [
        *Page.promote_panels,
        MultiFieldPanel(
            [FieldPanel("listing_summary"), FieldPanel("social_image")],
            heading=_("Overzichten en delen"),
        ),
    ]

    class Meta:
        abstract = True

    @property
    def summary(self):
        """The text to show in listings and meta descriptions."""
        return self.listing_summary or self.search_description
