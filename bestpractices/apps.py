from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class BestPracticesConfig(AppConfig):
    """Best practices and the stories of the Ontwikkelplekken van de Toekomst."""

    name = "bestpractices"
    verbose_name = _("Goede voorbeelden")
