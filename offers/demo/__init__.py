"""Demo content of the Ontwikkelplaats: providers, offers with sessions, funding schemes, and
the needs and shortlist of the demo school. The content is in `data/*.json`."""

from core.demo import load_data

from .catalogue import build_offers_demo, dates_are_current
from .needs import DEMO_SCHOOL_MEMBER, build_needs_demo

OFFERS = load_data(__name__, "offers")
PROVIDERS = load_data(__name__, "providers")
SCHEMES = load_data(__name__, "schemes")

__all__ = [
    "DEMO_SCHOOL_MEMBER",
    "OFFERS",
    "PROVIDERS",
    "SCHEMES",
    "build_needs_demo",
    "build_offers_demo",
    "dates_are_current",
]
