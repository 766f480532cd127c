"""What content apps declare to search: their kinds of content, their facets and the ranking
signals their documents carry, written once in each app's `search_documents.py`.

Search imports no content app: the settings list the declarations (`SEARCH_DECLARATIONS`,
dotted paths of `Declaration` objects) and `SearchConfig.ready` loads them with
`import_string`, in that order (the order of kinds and facets on the page). From them search
builds its vocabulary (`KINDS`, `FACETS`), the API description (search.openapi), the
Elasticsearch mapping (search.documents) and the snapshot's columns (`signal_columns`).

`KINDS`, `FACETS` and `FACETS_BY_NAME` are filled in place, so a module that imported them
before the declarations were loaded sees them.
"""

from collections.abc import Callable
from dataclasses import dataclass, field

from django.core.exceptions import ImproperlyConfigured
from django.utils import translation
from django.utils.module_loading import import_string
from django.utils.translation import gettext_lazy as _

from core.models import CurriculumGoal, LearningArea, TargetGroup, Theme

from . import ranking


@dataclass(frozen=True)
class Kind:
    name: str  # the `kind` of its documents and the value of the `soort` parameter
    label: str
    # The facts of a hit on the search page, drawn from the page behind it (`hit.page`,
    # attached in bulk); None: the hit's own rating line only.
    meta_template: str | None = None


@dataclass(frozen=True)
class FacetSpec:
    name: str  # the facet's name in the index
    param: str  # its GET parameter
    label: str
    # () -> [(value, label)] in the active language: the values the site names itself. A
    # chosen value outside them and the index is dropped and reported. None: values come
    # from the index only (or, for regions, from the region table).
    values: Callable | None = None
    # The values' labels replace the labels stored with the entries (in the visitor's
    # language); False: they only say which values exist (curriculum goals by number).
    relabel: bool = True
    # Its labels are words people search with (they go into the entries' keywords).
    searchable: bool = False


@dataclass(frozen=True)
class Declaration:
    """One content app's part of the search."""

    kinds: tuple = ()
    facets: tuple = ()
    # Names of the ranking signals (search.ranking.SIGNALS) the app's documents set.
    signals: tuple = ()
    # Called once the declarations are loaded: registers the app's sources (search.sources).
    sources: Callable | None = None


def taxonomy_values(model):
    """The values of a taxonomy facet: slug and name of each term in the active language."""

    def values():
        language = translation.get_language() or "nl"
        return model.objects.filter(locale__language_code=language).values_list("slug", "name")

    values.reads_database = True
    return values


def goal_values():
    return [(str(n), str(n)) for n in CurriculumGoal.objects.values_list("number", flat=True)]


goal_values.reads_database = True


# The facets of core's taxonomy and regions: any app may list them in its declaration.
THEME = FacetSpec("theme", "thema", _("Thema"), taxonomy_values(Theme), searchable=True)
REGION = FacetSpec("region", "regio", _("Regio"), searchable=True)
LEARNING_AREA = FacetSpec(
    "learning_area", "leergebied", _("Leergebied"), taxonomy_values(LearningArea), searchable=True
)
GOAL = FacetSpec("goal", "kerndoel", _("Kerndoel"), goal_values, relabel=False, searchable=True)
TARGET_GROUP = FacetSpec(
    "target_group", "doelgroep", _("Doelgroep"), taxonomy_values(TargetGroup), searchable=True
)
# Search's own facet: the kind of content, its values the declared kinds.
KIND = FacetSpec("kind", "soort", _("Soort inhoud"))

KINDS: dict = {}  # kind name -> Kind
FACETS: list = []
FACETS_BY_NAME: dict = {}
SIGNALS: list = []  # the ranking signals some app declared, in search.ranking's order
DECLARATIONS: list = []


def load(paths):
    """Replace what is declared by the declarations at `paths` (dotted paths), in order."""
    declarations = [import_string(path) for path in paths]
    install(declarations)
    for declaration in declarations:
        if declaration.sources is not None:
            declaration.sources()


def install(declarations):
    kinds, facets, signals = {}, {KIND.name: KIND}, set()
    for declaration in declarations:
        for kind in declaration.kinds:
            kinds.setdefault(kind.name, kind)
        for spec in declaration.facets:
            known = facets.setdefault(spec.name, spec)
            if known.param != spec.param:
                raise ImproperlyConfigured(
                    f"Facet {spec.name!r} is declared with parameters {known.param!r} and "
                    f"{spec.param!r}."
                )
        unknown = set(declaration.signals) - set(ranking.SIGNALS)
        if unknown:
            raise ImproperlyConfigured(f"Unknown ranking signals: {', '.join(sorted(unknown))}.")
        signals.update(declaration.signals)
    DECLARATIONS[:] = declarations
    KINDS.clear()
    KINDS.update(kinds)
    FACETS[:] = facets.values()
    FACETS_BY_NAME.clear()
    FACETS_BY_NAME.update({spec.name: spec for spec in FACETS})
    SIGNALS[:] = [name for name in ranking.SIGNALS if name in signals]


def with_signals(row):
    """A row of entry columns ({name: value}) with every ranking signal: those no app
    declared (and so not read) at their neutral value."""
    for name, default in ranking.SIGNALS.items():
        row.setdefault(name, default)
    return row


def kind_label(kind):
    found = KINDS.get(kind)
    return found.label if found else kind


def meta_template(kind):
    found = KINDS.get(kind)
    return found.meta_template if found else None


def searchable_facets():
    return {spec.name for spec in FACETS if spec.searchable}


@dataclass(frozen=True)
class ValueSets:
    """{facet name: {value: label}} of the declared values, in one language."""

    relabel: dict = field(default_factory=dict)
    named: dict = field(default_factory=dict)


def declared_values(language):
    sets = ValueSets()
    with translation.override(language):
        for spec in FACETS:
            if spec.values is None:
                continue
            labels = {str(value): str(label) for value, label in spec.values()}
            sets.named[spec.name] = labels
            if spec.relabel:
                sets.relabel[spec.name] = labels
    return sets
