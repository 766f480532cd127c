"""The offers' part of the home page: three top tasks and the next sessions."""

from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from core import navigation
from core.locales import active_locale
from offers.models import FundingIndexPage, OfferSession, ProviderIndexPage

NEXT_SESSIONS = 5


def _index_url(model, request):
    locale = active_locale()
    page = model.objects.live().filter(locale=locale).first() or model.objects.live().first()
    return page.get_url(request) if page is not None else None


def _index_urls(request):
    """The catalogue's and the funding index's URLs ("" when missing), cached until the page
    tree changes (core.navigation.for_site)."""
    return navigation.for_site(
        request,
        "offer-index-urls",
        lambda: {
            "catalogue": _index_url(ProviderIndexPage, request) or "",
            "funding": _index_url(FundingIndexPage, request) or "",
        },
    )


def home_content(request, home):
    tasks = []
    urls = _index_urls(request)
    catalogue = urls["catalogue"]
    if catalogue:
        tasks.append(
            {
                "order": 10,
                "title": _("Zoek aanbod voor uw school"),
                "text": _("Lespakketten, gastlessen en excursies die bij uw kerndoelen passen."),
                "url": catalogue,
            }
        )
    tasks.append(
        {
            "order": 20,
            "title": _("Mijn school"),
            "text": _("Uw hulpvragen, passend aanbod, keuzelijst en planning."),
            "url": reverse("offers:need_list"),
        }
    )
    funding = urls["funding"]
    if funding:
        tasks.append(
            {
                "order": 30,
                "title": _("Vind financiering"),
                "text": _("Regelingen en fondsen van gemeente, provincie en Rijk."),
                "url": funding,
            }
        )
    panels = [
        {
            "order": 20,
            "template": "offers/includes/home_sessions.html",
            # The same for every visitor in a language (core.home keeps it a while).
            "fragment_key": "next-sessions",
            "load": _next_sessions,
        }
    ]
    return {"tasks": tasks, "panels": panels}


def _next_sessions():
    locale = active_locale()
    upcoming = (
        OfferSession.objects.filter(start__gte=timezone.now(), page__live=True)
        # The template marks a title in another language with the page's locale.
        .select_related("page__locale")
        .order_by("start")
    )
    sessions = list(upcoming.filter(page__locale=locale)[:NEXT_SESSIONS]) or list(
        upcoming.filter(page__locale__language_code="nl")[:NEXT_SESSIONS]
    )
    return {"sessions": sessions, "calendar_url": reverse("offers:calendar")}
