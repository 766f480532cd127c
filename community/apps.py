from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CommunityConfig(AppConfig):
    """Members, profiles, discussions and reviews (the Leercommunity)."""

    name = "community"
    verbose_name = _("Leercommunity")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from core import sections
        from offers.bookings import reviews as request_pages

        from . import lockout, signals  # noqa: F401
        from .request_reviews import RequestReviews
        from .templatetags.review_tags import offer_reviews, visitor_key

        # The requests' pages show reviews without importing community (which is above them).
        request_pages.register(RequestReviews())
        # Offer pages (offers) show the reviews block without loading community's tags.
        sections.register(
            "offer_page_end",
            "community/reviews/offer_reviews.html",
            offer_reviews,
            fragment_key=visitor_key,
        )
