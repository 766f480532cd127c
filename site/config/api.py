"""Read-only open data through Wagtail's API v2: offers, funding schemes and best practices.

/api/v2/pages/?type=offers.OfferPage&fields=summary,offer_type
"""

from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.views import PagesAPIViewSet

OPEN_DATA_TYPES = ["offers.OfferPage", "offers.FundingSchemePage", "bestpractices.BestPracticePage"]


class OpenDataPagesViewSet(PagesAPIViewSet):
    """Only the open-data page types; never drafts or private pages."""

    def get_base_queryset(self):
        from django.apps import apps

        models = [apps.get_model(name) for name in OPEN_DATA_TYPES]
        return super().get_base_queryset().type(*models)


api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", OpenDataPagesViewSet)

__all__ = ["api_router"]
