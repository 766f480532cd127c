"""Site-wide page types: the home page and plain content pages."""

from django.db import models
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from core.blocks import (
    RICH_TEXT_FEATURES,
    HomeSectionsBlock,
    StandardStreamBlock,
    specific_pages_by_id,
)

from .base import BasePage

# Page types that may sit directly under the home page, by name so the home page does not
# import the apps that define them. Each app adds its index pages here.
HOME_CHILD_TYPES = [
    "core.StandardPage",
    "bestpractices.BestPracticeIndexPage",
    "bestpractices.OntwikkelplekIndexPage",
    "offers.ProviderIndexPage",
    "offers.FundingIndexPage",
    "events.EventIndexPage",
]


class HomePage(BasePage):
    # The home page introduces the site; it is not a search result (see search.checks).
    site_search = False

    intro = RichTextField(_("inleiding"), features=RICH_TEXT_FEATURES, blank=True)
    sections = StreamField(HomeSectionsBlock(), verbose_name=_("secties"), blank=True)
    join_title = models.CharField(_("titel van de oproep"), max_length=200, blank=True)
    join_text = models.TextField(_("tekst van de oproep"), blank=True)
    join_link_text = models.CharField(_("knoptekst van de oproep"), max_length=80, blank=True)
    join_link_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("pagina van de oproep"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = HOME_CHILD_TYPES
    max_count_per_parent = 1

    search_fields = [*BasePage.search_fields, index.SearchField("intro")]
    translatable_fields = [
        *BasePage.translatable_fields,
        TranslatableField("intro"),
        TranslatableField("sections"),
        TranslatableField("join_title"),
        TranslatableField("join_text"),
        TranslatableField("join_link_text"),
        SynchronizedField("join_link_page"),
    ]

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("intro"),
        FieldPanel("sections"),
        MultiFieldPanel(
            [
                FieldPanel("join_title"),
                FieldPanel("join_text"),
                FieldPanel("join_link_text"),
                FieldPanel("join_link_page"),
            ],
            heading=_("Oproep om mee te doen met de Leercommunity"),
        ),
    ]

    class Meta:
        verbose_name = _("startpagina")
        verbose_name_plural = _("startpagina's")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["menu_pages"] = self.get_children().live().in_menu().specific()
        from core.home import home_content  # the hook registry is read per request

        context.update(home_content(request, self))
        # The sections are kept whole in the shared cache (core.fragments): what they show is
        # read only when the cache lacks them.
        context["home_sections"] = [self]
        context["featured_by_id"] = SimpleLazyObject(self._featured_by_id)
        return context

    def _featured_by_id(self):
        """The cards of every "featured pages" section in one query per page type."""
        chosen = [
            page
            for block in self.sections
            if block.block_type == "featured_pages"
            for page in block.value["pages"]
            if page is not None
        ]
        return specific_pages_by_id(chosen)


class StandardPage(BasePage):
    # Plain information pages (about, privacy) are reached from the menu (search.checks).
    site_search = False

    intro = models.TextField(_("inleiding"), blank=True)
    body = StreamField(StandardStreamBlock(), verbose_name=_("inhoud"), blank=True)

    parent_page_types = ["core.HomePage", "core.StandardPage"]
    subpage_types = ["core.StandardPage"]

    search_fields = [
        *BasePage.search_fields,
        index.SearchField("intro"),
        index.SearchField("body"),
    ]
    translatable_fields = [
        *BasePage.translatable_fields,
        TranslatableField("intro"),
        TranslatableField("body"),
    ]
    content_panels = [*BasePage.content_panels, FieldPanel("intro"), FieldPanel("body")]

    class Meta:
        verbose_name = _("standaardpagina")
        verbose_name_plural = _("standaardpagina's")
