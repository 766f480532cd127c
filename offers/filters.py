"""Filters of the offers' listings that the search engine cannot answer, and old URL forms.

Everything else on the catalogue, the calendar and the funding index is the site search's
one vocabulary (search.query). "Can be applied for now" depends on today's date, so it is
decided here, as a restriction of the search to the schemes that pass.
"""

import dataclasses

from django.db.models import Q
from django.http import HttpResponsePermanentRedirect
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from search import service
from search.query import FacetGroup, FacetOption
from search.sources import page_key
from search.vocabulary import modern_params

APPLY_PARAM = "aanvragen"
APPLY_OPTIONS = {
    "doorlopend": gettext_lazy("Doorlopend aan te vragen"),
    "open": gettext_lazy("Nu aan te vragen"),
}
# The calendar's `soort` was the offer type; today `soort` is the kind of content everywhere.
CALENDAR_RENAMES = {"soort": "type"}


def legacy_redirect(request, renames=None):
    """A permanent redirect from an old form of the listing's URL, or None."""
    modern = modern_params(request.GET, renames)
    if modern is None:
        return None
    return HttpResponsePermanentRedirect(f"{request.path}?{modern.urlencode()}")


def applicable_keys(schemes):
    """{option: entry keys of the schemes it lets through}."""
    today = timezone.localdate()
    rolling = Q(is_rolling=True)
    upcoming = Q(deadlines__date__gte=today)
    return {
        "doorlopend": {page_key(pk) for pk in schemes.filter(rolling).values_list("pk", flat=True)},
        "open": {
            page_key(pk)
            for pk in schemes.filter(rolling | upcoming).distinct().values_list("pk", flat=True)
        },
    }


def apply_filter(params, schemes):
    """(chosen options, unknown values, keys to restrict the search to or None)."""
    values = list(dict.fromkeys(v for v in params.getlist(APPLY_PARAM) if v.strip()))
    chosen = [value for value in values if value in APPLY_OPTIONS]
    unknown = [(APPLY_PARAM, value) for value in values if value not in APPLY_OPTIONS]
    if not chosen:
        return chosen, unknown, None, None
    sets = applicable_keys(schemes)
    within = set().union(*(sets[value] for value in chosen))
    return chosen, unknown, within, sets


def apply_facet(response, chosen, sets, schemes):
    """The application facet group, counted with every other filter applied."""
    sets = sets or applicable_keys(schemes)
    others = dataclasses.replace(response.query, within=None) if chosen else response.query
    matching = set(service.matching_keys(others))
    options = [
        FacetOption(value, str(label), len(matching & sets[value]), value in chosen)
        for value, label in APPLY_OPTIONS.items()
    ]
    options = [option for option in options if option.count or option.selected]
    return FacetGroup("applications", APPLY_PARAM, _("Aanvragen"), options) if options else None
