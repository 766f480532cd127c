"""What every view of requests shares: the refusal, the no-store rule, the price for the group."""

from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext as _

from core.models.taxonomy import localized_terms


def refuse(reason="request"):
    """403 through the site's page (templates/403.html), whose message says who may see this
    and how to become one of them."""
    if reason == "school":
        message = " ".join(
            [
                _(
                    "Aanbod aanvragen en Mijn school zijn voor leden die voor een school "
                    "geverifieerd zijn, en voor coördinatoren van de school."
                ),
                _(
                    "Werkt u op een school? Kies uw school in uw profiel; de redactie bevestigt "
                    "dat u voor de school spreekt."
                ),
            ]
        )
    elif reason == "provider":
        message = _(
            "Mijn aanbod is voor leden die bij een aanbieder horen. De redactie koppelt uw "
            "account aan de pagina van uw organisatie."
        )
    else:
        message = _(
            "Een aanvraag is alleen te zien voor de school die haar deed, de coördinatoren van "
            "die school en de aanbieder."
        )
    raise PermissionDenied(message)


def price_context(offer, pupils):
    """The price for a group of `pupils` and the schemes that may pay it, for the request form
    and the request page (bookings/includes/request_price.html)."""
    return {
        "price_text": offer.group_price_text(pupils),
        "price_total": offer.price_for(pupils),
        "is_free": offer.is_free,
        "schemes": localized_terms(offer.funding_schemes.live().order_by("title")),
    }
