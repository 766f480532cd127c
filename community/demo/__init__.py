"""Demo content of the Leercommunity: schools, members across roles, discussions with replies,
and reviews of demo offers. The content is in `data/*.json`."""

from .community import DOMAIN, build_community_demo
from .reviews import build_request_reviews, build_reviews_demo

__all__ = ["DOMAIN", "build_community_demo", "build_request_reviews", "build_reviews_demo"]
