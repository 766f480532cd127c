"""The member directory: the members who chose to be listed, filtered with the parameter names
every listing uses (`thema` by slug, `regio` by CBS code with the reach rule, `pagina`), and
`rol`. An unknown value is named in a note, never dropped in silence."""

from django.core.paginator import Paginator
from django.shortcuts import render
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache

from core.models import Region, Theme
from core.pagination import page_links
from schools.models import Profile

PER_PAGE = 24
MAX_VALUE_LENGTH = 100


def _clean(value):
    """A parameter value, or None when it cannot name anything (too long, control characters:
    PostgreSQL refuses a NUL in a query)."""
    value = (value or "").strip()
    if not value or len(value) > MAX_VALUE_LENGTH:
        return None if not value else ""
    if any(ord(char) < 32 or ord(char) == 127 for char in value):
        return ""
    return value


def _filters(params):
    """(filters, notes): the known filter values and a note for each unknown one."""
    filters, notes = {}, []
    raw = {name: params.get(name) for name in ("rol", "thema", "regio")}

    role = _clean(raw["rol"])
    if role is not None:
        if role in Profile.Role.values:
            filters["role"] = role
        else:
            notes.append(_("Onbekende rol: “%(value)s”.") % {"value": raw["rol"][:40]})

    slug = _clean(raw["thema"])
    if slug is not None:
        theme = Theme.objects.for_current_language().filter(slug=slug).first() if slug else None
        if theme is not None:
            filters["theme"] = theme
        else:
            notes.append(_("Onbekend thema: “%(value)s”.") % {"value": raw["thema"][:40]})

    code = _clean(raw["regio"])
    if code is not None:
        region = Region.objects.filter(code=code.upper()).first() if code else None
        if region is not None:
            filters["region"] = region
        else:
            notes.append(_("Onbekende regio: “%(value)s”.") % {"value": raw["regio"][:40]})
    return filters, notes


# Not from the anonymous page cache: a member who leaves the list must vanish at once.
@never_cache
def member_directory(request):
    filters, notes = _filters(request.GET)
    rows = (
        Profile.objects.visible_to(request.user)
        .select_related("school", "region")
        .order_by("display_name", "pk")
    )
    if "role" in filters:
        rows = rows.filter(role=filters["role"])
    if "theme" in filters:
        rows = rows.filter(themes__slug=filters["theme"].slug).distinct()
    if "region" in filters:
        rows = rows.filter(region__in=Region.objects.reach_of(filters["region"]))
    page = Paginator(rows, PER_PAGE).get_page(request.GET.get("pagina"))
    themes = Theme.objects.for_current_language()
    _attach_themes(page.object_list, themes)
    return render(
        request,
        "community/member_directory.html",
        {
            "members": page,
            "notes": notes,
            "roles": Profile.Role.choices,
            "themes": themes,
            "regions": Region.objects.exclude(kind=Region.Kind.MUNICIPALITY).order_by(
                "kind", "name"
            ),
            "selected": {
                "rol": filters.get("role", ""),
                "thema": filters["theme"].slug if "theme" in filters else "",
                "regio": filters["region"].code if "region" in filters else "",
            },
            "region_chosen": filters.get("region"),
            "page_links": page_links(request.GET, page.number, page.paginator.num_pages),
            "signed_in": request.user.is_authenticated,
        },
    )


def _attach_themes(profiles, themes):
    """Each profile's theme names in the visitor's language, in one query for the page."""
    by_slug = {theme.slug: theme.name for theme in themes}
    through = Profile.themes.through
    rows = through.objects.filter(profile__in=[p.pk for p in profiles]).values_list(
        "profile_id", "theme__slug"
    )
    names = {}
    for profile_id, slug in rows:
        if slug in by_slug:
            names.setdefault(profile_id, []).append(by_slug[slug])
    for profile in profiles:
        profile.theme_names = sorted(set(names.get(profile.pk, [])))
