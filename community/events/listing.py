"""What the event pages show: the filtered list, and one event with places and the visitor's
own registrations.

The list's filters are plain GET parameters with the site's names and value forms: `region`
(a CBS code; the region's reach rule, so a municipality also finds its province's events and
national ones), `theme` (a slug), `kind`, and `when` (`komend` or `geweest`). An unknown value
is named in a note rather than silently dropped.
"""

from django.db.models import Min, Q
from django.utils import timezone
from django.utils.translation import gettext as _

from core.locales import default_locale
from core.models import Region, Theme
from core.models.taxonomy import localized_terms

from . import places
from .access import is_organiser, only_visible
from .forms import GuestForm
from .models import EventPage, EventReport, Kind, Registration
from .tokens import registration_token

PAST, UPCOMING = "geweest", "komend"


def events_under(index, request):
    pages = only_visible(EventPage.objects.live().descendant_of(index), request.user).annotate(
        first_start=Min("sessions__start")
    )
    return pages.select_related("region").prefetch_related("themes")


def listing_context(request, index):
    pages = events_under(index, request)
    notes, chosen = [], {}
    now = timezone.now()
    when = request.GET.get("when") or UPCOMING
    if when not in (PAST, UPCOMING):
        notes.append(_("Onbekende periode '%(value)s' genegeerd.") % {"value": when[:40]})
        when = UPCOMING
    if when == PAST:
        pages = pages.filter(first_start__lt=now).order_by("-first_start")
    else:
        pages = pages.filter(sessions__end__gte=now).distinct().order_by("first_start")
    chosen["when"] = when
    code = request.GET.get("region", "")
    if code:
        region = Region.objects.filter(code=code).first()
        if region is None:
            notes.append(_("Onbekende regio '%(value)s' genegeerd.") % {"value": code[:40]})
        else:
            reach = Region.objects.reach_of(region)
            pages = pages.filter(Q(region__isnull=True) | Q(region__in=reach))
            chosen["region"] = code
    slug = request.GET.get("theme", "")
    if slug:
        if Theme.objects.filter(slug=slug).exists():
            pages = pages.filter(themes__slug=slug).distinct()
            chosen["theme"] = slug
        else:
            notes.append(_("Onbekend thema '%(value)s' genegeerd.") % {"value": slug[:40]})
    kind = request.GET.get("kind", "")
    if kind:
        if kind in Kind.values:
            pages = pages.filter(kind=kind)
            chosen["kind"] = kind
        else:
            notes.append(_("Onbekende soort '%(value)s' genegeerd.") % {"value": kind[:40]})
    return {
        "events": [page.localized for page in pages[:100]],
        "notes": notes,
        "chosen": chosen,
        "kinds": Kind.choices,
        "themes": localized_terms(Theme.objects.filter(locale__language_code="nl"), ordered=True),
        "regions": Region.objects.filter(
            pk__in=EventPage.objects.live().exclude(region=None).values("region")
        ).order_by("name"),
        "when_options": [(UPCOMING, _("Komende bijeenkomsten")), (PAST, _("Geweest"))],
    }


def source_of(page):
    """The Dutch page whose sessions hold every registration: a translation shows the same
    places (its own copied sessions would count them apart)."""
    if page.locale_id == default_locale().pk:
        return page
    return (
        EventPage.objects.filter(
            translation_key=page.translation_key, locale=default_locale()
        ).first()
        or page
    )


def page_context(request, page):
    user = request.user
    source = source_of(page)
    sessions = list(source.sessions.select_related("municipality").order_by("start"))
    own = {}
    if user.is_authenticated:
        for registration in Registration.objects.filter(user=user, session__in=sessions).exclude(
            status__in=["cancelled", "expired"]
        ):
            registration.token = registration_token(registration)
            own[registration.session_id] = registration
    for session in sessions:
        session.left = places.places_left(session)
        session.mine = own.get(session.pk)
    return {
        "sessions": sessions,
        "source": source,
        "registration_open": source.registration_open(),
        "guest_form": GuestForm() if not user.is_authenticated else None,
        "is_organiser": is_organiser(user, source),
        "event_report": EventReport.objects.filter(page=source)
        .select_related("discussion__theme")
        .first(),
        "started": bool(sessions) and sessions[0].start <= timezone.now(),
        "event_themes": localized_terms(page.themes.all()),
    }
