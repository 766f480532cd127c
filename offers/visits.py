"""Counting views of offer pages, cheaply and privately.

Why a beacon: an offer page is served to anonymous visitors from the page cache
(serving.PageCacheMiddleware), and may also be kept by a CDN in front of the site
(PAGE_CACHE_SHARED_SECONDS); a hit from either never reaches the page's view, and the
middleware in `serving` may not know the offers app. So the page carries a 1x1 image
(`offers:offer_seen`) whose response is never cached: every view of the page, cached or not,
asks for it once, from the visitor's browser with the visitor's own session. That one request
decides whether the view counts, with no JavaScript and no cookie of its own.

Counted: a GET of a live offer by a visitor or member. Not counted: the provider's own members
(their profile links the offer's provider, in any language), previews in the admin (the page
leaves the image out), and clients that call themselves bots, crawlers or HTTP libraries
(most bots load no images anyway). The count goes to the offer in the default language, where
requests and reviews live too, so a Dutch and an English view are views of one offer.

Each visitor counts once per offer per day (a reload, or a client asking for the image 500
times, is one view): a member by account, anyone else by address and browser, kept in the
shared cache for the day as a keyed hash, never as the address itself.
"""

import hashlib
import hmac
import re
from datetime import timedelta

from django.conf import settings
from django.core.cache import cache
from django.db.models import Sum
from django.utils import timezone
from wagtail.models import Locale

from core.client_ip import client_ip
from offers.models import OfferDailyViews, OfferPage, ProviderPage
from schools.access import provider_keys

BOT_AGENT = re.compile(
    r"bot|crawl|spider|slurp|archiver|facebookexternalhit|embedly|preview|monitor|"
    r"curl|wget|python-requests|python-urllib|httpx|aiohttp|go-http-client|java/|okhttp|scrapy",
    re.IGNORECASE,
)

# A transparent 1x1 GIF.
PIXEL = (
    b"GIF89a\x01\x00\x01\x00\x80\x00\x00\x00\x00\x00\xff\xff\xff!\xf9\x04\x01\x00\x00\x00\x00"
    b",\x00\x00\x00\x00\x01\x00\x01\x00\x00\x02\x02D\x01\x00;"
)


def looks_like_a_bot(request):
    agent = request.headers.get("User-Agent", "")
    return not agent or bool(BOT_AGENT.search(agent))


def _source_offer(pk):
    """(pk of the offer in the default language, its provider's translation_key) or None."""
    offer = (
        OfferPage.objects.live()
        .filter(pk=pk)
        .values_list("translation_key", "locale_id", "path")
        .first()
    )
    if offer is None:
        return None
    key, locale_id, path = offer
    default = Locale.get_default()
    source_pk = pk
    if locale_id != default.pk:
        source_pk = (
            OfferPage.objects.filter(translation_key=key, locale=default)
            .values_list("pk", flat=True)
            .first()
        ) or pk
    return source_pk, path


def _is_own_provider(user, path):
    keys = provider_keys(user)
    if not keys:
        return False
    parent_path = path[: -OfferPage.steplen]
    return ProviderPage.objects.filter(path=parent_path, translation_key__in=keys).exists()


def count_view(request, pk):
    """Count one view of offer `pk` when it should count; True when it did."""
    if request.method != "GET" or looks_like_a_bot(request):
        return False
    found = _source_offer(pk)
    if found is None:
        return False
    source_pk, path = found
    if request.user.is_authenticated and _is_own_provider(request.user, path):
        return False
    today = timezone.localdate()
    if not _first_view_today(request, source_pk, today):
        return False
    OfferDailyViews.add_one(source_pk, today)
    return True


def _first_view_today(request, offer_pk, today):
    if request.user.is_authenticated:
        visitor = f"member:{request.user.pk}"
    else:
        visitor = f"{client_ip(request)}|{request.headers.get('User-Agent', '')[:300]}"
    digest = hmac.new(
        settings.SECRET_KEY.encode(), f"{today}|{visitor}".encode(), hashlib.sha256
    ).hexdigest()[:32]
    return cache.add(f"offers:seen:{today}:{offer_pk}:{digest}", 1, timeout=24 * 60 * 60)


def views_since(offers, days=30):
    """{offer pk: views in the last `days` days, today included} in one query."""
    since = timezone.localdate() - timedelta(days=days - 1)
    return dict(
        OfferDailyViews.objects.filter(offer__in=offers, day__gte=since)
        .values("offer_id")
        .annotate(total=Sum("views"))
        .order_by()
        .values_list("offer_id", "total")
    )
