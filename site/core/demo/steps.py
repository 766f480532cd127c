"""The demo steps, in the order they run.

A plain list of dotted paths: each names a callable that takes the DemoContext. Apps add their
step here, at the place it belongs (a step may use what the steps before it built). Paths, not
imports, so that core imports no app.
"""

from django.utils.module_loading import import_string
from wagtail.models import Locale

from core.taxonomy_loader import load_taxonomy

from .pages import DemoContext
from .site import build_english_home, build_home, configure_sites, ensure_admin

DEMO_STEPS = [
    "core.demo.site.build_about",
    "core.demo.standard.build_standard_pages",
    "offers.demo.build_offers_demo",
    "bestpractices.demo.build",
    "community.demo.build_community_demo",
    "community.demo.build_reviews_demo",
    "community.networks.demo.build_networks_demo",
    "community.events.demo.build_events_demo",  # after the members and the networks
    "community.networks.demo.pairs.build_pairs_demo",
    "offers.demo.build_needs_demo",
    "offers.bookings.demo.build_requests_demo",  # after members, catalogue and reviews
    "community.demo.build_request_reviews",  # the reviews the demo requests name
    "offers.routes.demo.build_routes_demo",  # after the schools and members
    "offers.fund.demo.build_fund_demo",  # applications for the demo requests
    "core.demo.site.feature_pages_on_home",
    "search.demo.index_demo_content",  # last: every demo object is in the search index
]


def build_demo(log=print, admin_username=None, admin_password=None, steps=None):
    log("Taxonomie laden")
    load_taxonomy()
    configure_sites()
    home_nl = build_home(log)
    locale_en = Locale.objects.get(language_code="en")
    home_en = build_english_home(home_nl, locale_en)
    if admin_username and admin_password:
        ensure_admin(admin_username, admin_password, log)
    context = DemoContext(home_nl, home_en, home_nl.locale, locale_en, log)
    for path in DEMO_STEPS if steps is None else steps:
        import_string(path)(context)
    log("Demo-inhoud klaar")
    return context
