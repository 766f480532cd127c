"""The Ontwikkelplekken van de Toekomst: living labs, their stories and dated updates."""

from django import forms
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from bestpractices.blocks import StoryStreamBlock
from bestpractices.netherlands_map import marker_positions
from core.blocks import RICH_TEXT_FEATURES
from core.facets import Facet, FacetedFilter
from core.models import BasePage

from .best_practices import default_language_terms
from .common import (
    Flag,
    TranslationNoticeMixin,
    flags_query,
    localized_terms,
    untranslated_source_pages,
)

SPEARHEADS = [
    Flag("verrijkte-schooldag", "enriched_school_day", _("Verrijkte schooldag")),
    Flag("gezonde-basis", "healthy_basis", _("Gezonde basis")),
    Flag("samenwerking-in-de-wijk", "neighbourhood", _("Samenwerking in de wijk")),
]


class Phase(models.TextChoices):
    STARTING = "starting", _("Van start")
    RUNNING = "running", _("In uitvoering")
    ANCHORING = "anchoring", _("Borging")


class OntwikkelplekIndexPage(BasePage):
    # A listing shows the search; it is not a result of it (see search.checks).
    site_search = False

    intro = RichTextField(_("inleiding"), features=RICH_TEXT_FEATURES, blank=True)

    parent_page_types = ["core.HomePage"]
    subpage_types = ["bestpractices.OntwikkelplekPage"]
    max_count_per_parent = 1

    search_fields = [*BasePage.search_fields, index.SearchField("intro")]
    translatable_fields = [*BasePage.translatable_fields, TranslatableField("intro")]
    content_panels = [*BasePage.content_panels, FieldPanel("intro")]

    class Meta:
        verbose_name = _("overzicht Ontwikkelplekken")
        verbose_name_plural = _("overzichten Ontwikkelplekken")

    def facets(self):
        return [
            Facet(
                "speerpunt",
                _("Speerpunt"),
                "",
                lambda: [(flag.value, str(flag.label)) for flag in SPEARHEADS],
                lambda values: flags_query(SPEARHEADS, values),
            )
        ]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        queryset = (
            OntwikkelplekPage.objects.child_of(self)
            .live()
            .public()
            .filter(alias_of__isnull=True)
            .select_related("municipality__province")
        )
        facets = self.facets()
        faceted = FacetedFilter(queryset, facets, request.GET)
        places = list(faceted.results.order_by("title"))
        source = untranslated_source_pages(self, queryset, OntwikkelplekPage)
        context.update(
            untranslated=FacetedFilter(source, facets, request.GET).results.order_by("title"),
            facet_results=faceted.facet_results(),
            places=places,
            markers=marker_positions(places),
        )
        return context


class OntwikkelplekPage(TranslationNoticeMixin, BasePage):
    intro = models.TextField(_("inleiding"), blank=True)
    initiator = models.CharField(_("initiatiefnemer"), max_length=200)
    schools = models.TextField(_("scholen"), blank=True, help_text=_("Eén school per regel."))
    partners = models.TextField(_("partners"), blank=True, help_text=_("Eén partner per regel."))
    municipality = models.ForeignKey(
        "core.Region",
        verbose_name=_("gemeente"),
        on_delete=models.PROTECT,
        related_name="ontwikkelplekken",
        limit_choices_to={"kind": "municipality"},
    )
    enriched_school_day = models.BooleanField(_("verrijkte schooldag"), default=False)
    healthy_basis = models.BooleanField(_("gezonde basis"), default=False)
    neighbourhood = models.BooleanField(_("samenwerking in de wijk"), default=False)
    phase = models.CharField(
        _("fase"), max_length=20, choices=Phase.choices, default=Phase.STARTING
    )
    themes = ParentalManyToManyField(
        "core.Theme",
        verbose_name=_("thema's"),
        blank=True,
        related_name="+",
        limit_choices_to=default_language_terms,
    )
    story = StreamField(StoryStreamBlock(), verbose_name=_("verhaal"), blank=True)

    parent_page_types = ["bestpractices.OntwikkelplekIndexPage"]
    subpage_types = ["bestpractices.StoryUpdatePage"]

    search_fields = [
        *BasePage.search_fields,
        index.SearchField("intro"),
        index.SearchField("initiator", boost=2),
        index.SearchField("schools"),
        index.SearchField("partners"),
        index.SearchField("story"),
        index.FilterField("phase"),
        index.FilterField("enriched_school_day"),
        index.FilterField("healthy_basis"),
        index.FilterField("neighbourhood"),
        index.FilterField("municipality"),
        index.FilterField("first_published_at"),
        index.RelatedFields("municipality", [index.SearchField("name")]),
        index.RelatedFields("themes", [index.SearchField("name"), index.FilterField("slug")]),
    ]
    translatable_fields = [
        *BasePage.translatable_fields,
        TranslatableField("intro"),
        SynchronizedField("initiator"),
        SynchronizedField("schools"),
        SynchronizedField("partners"),
        SynchronizedField("municipality"),
        SynchronizedField("enriched_school_day"),
        SynchronizedField("healthy_basis"),
        SynchronizedField("neighbourhood"),
        SynchronizedField("phase"),
        SynchronizedField("themes"),
        TranslatableField("story"),
    ]

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("intro"),
        MultiFieldPanel(
            [
                FieldPanel("initiator"),
                FieldPanel("schools"),
                FieldPanel("partners"),
                FieldPanel("municipality"),
                FieldPanel("phase"),
            ],
            heading=_("De plek"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("enriched_school_day"),
                FieldPanel("healthy_basis"),
                FieldPanel("neighbourhood"),
            ],
            heading=_("Speerpunten"),
        ),
        FieldPanel("themes", widget=forms.CheckboxSelectMultiple),
        FieldPanel("story"),
    ]

    class Meta:
        verbose_name = _("Ontwikkelplek")
        verbose_name_plural = _("Ontwikkelplekken")

    @property
    def spearheads(self):
        return [flag.label for flag in SPEARHEADS if getattr(self, flag.field)]

    @property
    def school_list(self):
        return [line.strip() for line in self.schools.splitlines() if line.strip()]

    @property
    def partner_list(self):
        return [line.strip() for line in self.partners.splitlines() if line.strip()]

    def localized_themes(self):
        return localized_terms(self.themes.all())

    def updates(self):
        return StoryUpdatePage.objects.child_of(self).live().public().order_by("-date", "-pk")


class StoryUpdatePage(TranslationNoticeMixin, BasePage):
    """News from one Ontwikkelplek: a dated update under its page."""

    date = models.DateField(_("datum"), default=timezone.localdate)
    intro = models.TextField(_("inleiding"), blank=True)
    body = StreamField(StoryStreamBlock(), verbose_name=_("inhoud"), blank=True)

    parent_page_types = ["bestpractices.OntwikkelplekPage"]
    subpage_types = []

    search_fields = [
        *BasePage.search_fields,
        index.SearchField("intro"),
        index.SearchField("body"),
        index.FilterField("date"),
    ]
    translatable_fields = [
        *BasePage.translatable_fields,
        SynchronizedField("date"),
        TranslatableField("intro"),
        TranslatableField("body"),
    ]
    content_panels = [
        *BasePage.content_panels,
        FieldPanel("date"),
        FieldPanel("intro"),
        FieldPanel("body"),
    ]

    class Meta:
        verbose_name = _("nieuws van een Ontwikkelplek")
        verbose_name_plural = _("nieuws van de Ontwikkelplekken")
