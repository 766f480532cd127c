"""The shared taxonomy: themes, learning areas, curriculum goals, target groups and regions.

Themes, learning areas, curriculum goals and target groups are translatable snippets (one row
per locale, linked by `translation_key`); their `slug` is the same in every locale so that
filters in URLs work in both languages. Regions are proper names with official codes and are
the same in both languages, so they are not translatable.
"""

from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin
from wagtail.search import index

from core import terms as tables
from core.locales import active_locale, default_locale


class LocalizedQuerySet(models.QuerySet):
    def for_current_language(self):
        """Rows in the active language, falling back to the default locale."""
        locale, default = active_locale(), default_locale()
        if locale.pk == default.pk:
            return self.filter(locale=locale)
        # Without rows in the active language, the default language's; in one query.
        in_language = self.filter(locale=locale)
        return self.filter(
            models.Q(locale=locale) | (models.Q(locale=default) & ~models.Exists(in_language))
        )


def term_order(term):
    """The usual order of taxonomy terms: the editors' order, then the name."""
    return (term.sort_order, term.name)


def localized_terms(terms, locale=None, *, ordered=False):
    """Taxonomy terms linked in any language, as the rows of `locale` (default: the active one).

    Pages link the Dutch rows (translations share them); a visitor reads the row of their own
    language, matched by translation key, or the original row where none exists. The result
    keeps the order of `terms` (callers zip it with them) unless `ordered` asks for the usual
    order in that language.
    """
    terms = list(terms)
    if not terms:
        return []
    locale = locale or active_locale()
    model = type(terms[0])
    if model in TABLE_MODELS:
        # The whole table is in this process already (core.terms): no query.
        rows = tables.translations(model)
        terms = [
            term
            if term.locale_id == locale.pk
            else rows.get((term.translation_key, locale.pk), term)
            for term in terms
        ]
    elif any(term.locale_id != locale.pk for term in terms):
        rows = {
            row.translation_key: row
            for row in type(terms[0]).objects.filter(
                locale=locale, translation_key__in=[term.translation_key for term in terms]
            )
        }
        terms = [rows.get(term.translation_key, term) for term in terms]
    return sorted(terms, key=term_order) if ordered else terms


class TaxonomyTerm(TranslatableMixin, index.Indexed, models.Model):
    name = models.CharField(_("naam"), max_length=200)
    slug = models.SlugField(_("slug"), max_length=100, help_text=_("Gelijk in alle talen."))
    sort_order = models.PositiveIntegerField(_("volgorde"), default=0)

    objects = LocalizedQuerySet.as_manager()

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("sort_order")]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta(TranslatableMixin.Meta):
        abstract = True
        ordering = ["sort_order", "name"]

    def __str__(self):
        return self.name


class Theme(TaxonomyTerm):
    description = models.TextField(_("omschrijving"), blank=True)

    panels = [*TaxonomyTerm.panels, FieldPanel("description")]

    class Meta(TaxonomyTerm.Meta):
        verbose_name = _("thema")
        verbose_name_plural = _("thema's")
        constraints = [
            models.UniqueConstraint(fields=["locale", "slug"], name="unique_theme_slug_per_locale")
        ]


class LearningArea(TaxonomyTerm):
    class Meta(TaxonomyTerm.Meta):
        verbose_name = _("leergebied")
        verbose_name_plural = _("leergebieden")
        constraints = [
            models.UniqueConstraint(
                fields=["locale", "slug"], name="unique_learningarea_slug_per_locale"
            )
        ]


class TargetGroup(TaxonomyTerm):
    class Meta(TaxonomyTerm.Meta):
        verbose_name = _("doelgroep")
        verbose_name_plural = _("doelgroepen")
        constraints = [
            models.UniqueConstraint(
                fields=["locale", "slug"], name="unique_targetgroup_slug_per_locale"
            )
        ]


class CurriculumGoal(TranslatableMixin, index.Indexed, models.Model):
    """One of the 58 kerndoelen of Dutch primary education."""

    number = models.PositiveSmallIntegerField(_("nummer"))
    learning_area = models.ForeignKey(
        LearningArea,
        verbose_name=_("leergebied"),
        on_delete=models.PROTECT,
        related_name="curriculum_goals",
    )
    subject = models.CharField(
        _("wettelijk vak- of leergebied"),
        max_length=100,
        help_text=_("Zoals in het Besluit kerndoelen, bijvoorbeeld 'Rekenen/wiskunde'."),
    )
    domain = models.CharField(_("domein"), max_length=200, blank=True)
    label = models.CharField(_("korte naam"), max_length=200)
    title = models.TextField(_("tekst van het kerndoel"))

    objects = LocalizedQuerySet.as_manager()

    panels = [
        FieldPanel("number"),
        FieldPanel("learning_area"),
        FieldPanel("subject"),
        FieldPanel("domain"),
        FieldPanel("label"),
        FieldPanel("title"),
    ]
    search_fields = [
        index.SearchField("label"),
        index.SearchField("title"),
        index.AutocompleteField("label"),
        index.FilterField("number"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("kerndoel")
        verbose_name_plural = _("kerndoelen")
        ordering = ["number"]
        constraints = [
            models.UniqueConstraint(
                fields=["locale", "number"], name="unique_goal_number_per_locale"
            )
        ]

    def __str__(self):
        return _("Kerndoel %(number)s: %(label)s") % {"number": self.number, "label": self.label}

    @property
    def slug(self):
        """Goals are filtered by number, the same in every locale."""
        return str(self.number)


class RegionQuerySet(models.QuerySet):
    def containing(self, municipality):
        """The regions a municipality lies in: itself, its province and its named regions.

        Takes a Region or a CBS code ("GM0014") and answers in one query.
        """
        if isinstance(municipality, Region):
            condition = Q(pk=municipality.pk) | Q(municipalities=municipality)
            if municipality.province_id:
                condition |= Q(pk=municipality.province_id)
        else:
            condition = (
                Q(code=municipality, kind=Region.Kind.MUNICIPALITY)
                | Q(province_members__code=municipality)
                | Q(municipalities__code=municipality)
            )
        return self.filter(condition).distinct()

    def reach_of(self, region):
        """The regions whose content is relevant to someone filtering on `region`.

        This is the reach rule every search engine follows:
        - a municipality: itself, its province and the named regions it is in;
        - a province: itself, its municipalities and the named regions with a member in it;
        - a named region: itself, its municipalities and their provinces.
        National content matches every region and is added by the caller.
        """
        if region.kind == Region.Kind.MUNICIPALITY:
            return self.containing(region)
        if region.kind == Region.Kind.PROVINCE:
            condition = (
                Q(pk=region.pk)
                | Q(province=region)
                | Q(kind=Region.Kind.NAMED, municipalities__province=region)
            )
        else:
            condition = (
                Q(pk=region.pk)
                | Q(named_regions=region)
                | Q(province_members__named_regions=region)
            )
        return self.filter(condition).distinct()


class Region(index.Indexed, models.Model):
    """A province, a municipality (with its CBS code) or a named region of municipalities."""

    class Kind(models.TextChoices):
        PROVINCE = "province", _("Provincie")
        MUNICIPALITY = "municipality", _("Gemeente")
        NAMED = "named", _("Regio")

    kind = models.CharField(_("soort"), max_length=20, choices=Kind.choices)
    code = models.CharField(
        _("code"),
        max_length=20,
        unique=True,
        help_text=_("CBS-code (GM0014, PV20) of een eigen code voor een regio."),
    )
    name = models.CharField(_("naam"), max_length=200)
    slug = models.SlugField(_("slug"), max_length=100, unique=True)
    province = models.ForeignKey(
        "self",
        verbose_name=_("provincie"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="province_members",
        limit_choices_to={"kind": "province"},
    )
    municipalities = models.ManyToManyField(
        "self",
        verbose_name=_("gemeenten"),
        blank=True,
        symmetrical=False,
        related_name="named_regions",
        limit_choices_to={"kind": "municipality"},
        help_text=_("Alleen voor een regio: de gemeenten die erbij horen."),
    )

    objects = RegionQuerySet.as_manager()

    panels = [
        FieldPanel("kind"),
        FieldPanel("code"),
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("province"),
        FieldPanel("municipalities"),
    ]
    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.FilterField("kind"),
    ]

    class Meta:
        verbose_name = _("regio")
        verbose_name_plural = _("regio's")
        ordering = ["kind", "name"]

    def __str__(self):
        return self.name


# Translated terms localized_terms finds in the process's copy of their table (core.terms).
TABLE_MODELS = (Theme, LearningArea, TargetGroup, CurriculumGoal)
