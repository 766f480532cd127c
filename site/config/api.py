"""Read-only open data through Wagtail's API v2: offers, funding schemes and best practices.

/api/v2/pages/?type=offers.OfferPage&fields=summary,offer_type
"""

from django.core.exceptions import ValidationError
from django.db import DatabaseError, transaction
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import PagesAPIViewSet

from core.numbers import parse_int

OPEN_DATA_TYPES = ["offers.OfferPage", "offers.FundingSchemePage", "bestpractices.BestPracticePage"]
# Far beyond the number of open-data pages; a larger offset overflows SQLite's integers.
MAX_OFFSET = 100_000
MAX_SEARCH_LENGTH = 200


class OpenDataPagesViewSet(PagesAPIViewSet):
    """Only the open-data page types; never drafts or private pages. Every malformed
    parameter is a 400 with a message, never a server error."""

    def get_base_queryset(self):
        from django.apps import apps

        models = [apps.get_model(name) for name in OPEN_DATA_TYPES]
        return super().get_base_queryset().type(*models)

    def listing_view(self, request):
        self._check_bounds(request)
        try:
            # A savepoint, so that a query the database refuses leaves the connection usable
            # (PostgreSQL aborts the whole transaction otherwise).
            with transaction.atomic():
                return super().listing_view(request)
        except ValidationError as error:
            # A filter on a date or number field with a value of the wrong form.
            raise BadRequestError("; ".join(error.messages)) from error
        except DatabaseError as error:
            # Wagtail passes `search` to the full-text engine as its query syntax; SQLite's
            # FTS refuses a lone quote, for one.
            raise BadRequestError(
                "search could not be read; use words separated by spaces"
            ) from error

    @staticmethod
    def _check_bounds(request):
        offset = request.GET.get("offset")
        if offset is not None and parse_int(offset, maximum=MAX_OFFSET) is None:
            raise BadRequestError(f"offset must be a number from 0 to {MAX_OFFSET}")
        search = request.GET.get("search")
        if search is not None and len(search) > MAX_SEARCH_LENGTH:
            raise BadRequestError(f"search cannot be longer than {MAX_SEARCH_LENGTH} characters")


api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", OpenDataPagesViewSet)

__all__ = ["api_router"]
