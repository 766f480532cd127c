"""What every view of requests shares: the refusal and the no-store rule."""

from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext as _


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
