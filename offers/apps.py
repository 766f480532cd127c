from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OffersConfig(AppConfig):
    """Providers, offers, funding schemes and need profiles (de Ontwikkelplaats)."""

    name = "offers"
    verbose_name = _("Ontwikkelplaats")
