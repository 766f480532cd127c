"""Old forms of filter URLs, for permanent redirects to the one vocabulary (search.query).

Before the one vocabulary, the calendar and the funding index named regions by slug
(`regio=eemsdelta-gm1979`) and the calendar's `soort` was the offer type (now `type`;
`soort` is the kind of content everywhere).
"""

from core.models import Region


def modern_params(params, renames=None):
    """The parameters in today's form, or None when they already are."""
    renames = renames or {}
    changed = False
    modern = params.copy()
    for old, new in renames.items():
        if old in modern:
            values = modern.pop(old)
            modern.setlist(new, [*modern.getlist(new), *values])
            changed = True
    regions = modern.getlist("regio")
    if regions:
        slugs = dict(
            Region.objects.filter(slug__in=regions)
            .exclude(code__in=regions)
            .values_list("slug", "code")
        )
        if slugs:
            modern.setlist("regio", [slugs.get(value, value) for value in regions])
            changed = True
    return modern if changed else None
