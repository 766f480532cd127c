from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OffersConfig(AppConfig):
    """Providers, offers, funding schemes and need profiles (de Ontwikkelplaats)."""

    name = "offers"
    verbose_name = _("Ontwikkelplaats")

    def ready(self):
        from schools.signals import provider_page_linked

        from .permissions import grant_access_on_link

        # schools sits below offers and does not import it: it signals a linked provider page.
        provider_page_linked.connect(grant_access_on_link, dispatch_uid="offers_provider_access")

        from django.db.models.signals import post_delete, post_save

        from .models import OfferSession
        from .models.sessions import places_changed

        # The offer page and the calendar keep sessions with their places (kept_with_places).
        for signal in (post_save, post_delete):
            signal.connect(places_changed, sender=OfferSession, dispatch_uid="offers_places")
