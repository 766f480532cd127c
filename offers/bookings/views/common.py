"""What every view of requests shares: the refusal page, the price for the group."""

from django.shortcuts import render

from core.models.taxonomy import localized_terms


def forbidden(request, reason="request"):
    """403 with a page that says who may see this and how to become one of them."""
    return render(request, "bookings/forbidden.html", {"reason": reason}, status=403)


def price_context(offer, pupils):
    """The price for a group of `pupils` and the schemes that may pay it, for the request form
    and the request page (bookings/includes/request_price.html)."""
    return {
        "price_text": offer.group_price_text(pupils),
        "price_total": offer.price_for(pupils),
        "is_free": offer.is_free,
        "schemes": localized_terms(offer.funding_schemes.live().order_by("title")),
    }
