"""The chosen filters as removable chips above the results.

Each chip is a link to the same search without that one value (and back on page 1), so a
visitor on a phone sees and undoes a choice without opening the filter panel, with or without
JavaScript.
"""

from django.utils.translation import gettext as _

from .query import FACETS, RATING_PARAM


def _without(params, param, value=None):
    kept = params.copy()
    kept.pop("pagina", None)
    if value is None:
        kept.pop(param, None)
    else:
        kept.setlist(param, [v for v in kept.getlist(param) if v != value])
    return "?" + kept.urlencode()


def filter_chips(params, response, fixed_params=()):
    """One chip per chosen filter value, labelled "Facet: value" in the visitor's language.
    `params` are the request's GET parameters; `fixed_params` are set by a listing (its kind)
    and have no chip. A chosen value without a facet option (no hits left) keeps its raw value
    as label, so it can still be removed."""
    labels = {}
    chosen = {spec.param for spec in FACETS if params.getlist(spec.param)}
    for group in response.facets:
        if group.param not in chosen:
            continue  # hundreds of regions need not be looked at when none is chosen
        for option in group.options:
            labels[(group.param, option.value)] = (group.label, option.label)
            for child in option.children:
                labels[(group.param, child.value)] = (group.label, child.label)
    spec_labels = {spec.param: spec.label for spec in FACETS}
    chips = []
    text = params.get("q", "").strip()
    if text:
        chips.append({"label": _("Zoekwoorden: %(q)s") % {"q": text}, "url": _without(params, "q")})
    for spec in FACETS:
        if spec.param in fixed_params:
            continue
        for value in dict.fromkeys(v for v in params.getlist(spec.param) if v.strip()):
            group_label, label = labels.get((spec.param, value), (spec_labels[spec.param], value))
            chips.append(
                {"label": f"{group_label}: {label}", "url": _without(params, spec.param, value)}
            )
    rating = response.query.min_rating
    if rating:
        chips.append(
            {
                "label": _("Waardering: %(n)s sterren of meer") % {"n": rating},
                "url": _without(params, RATING_PARAM),
            }
        )
    return chips
