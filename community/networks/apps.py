from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NetworksConfig(AppConfig):
    """Learning networks (leernetwerken): regional or by theme, with member schools and people
    admitted by the network's coordinator."""

    name = "community.networks"
    label = "networks"
    verbose_name = _("Leernetwerken")
