from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CommunityConfig(AppConfig):
    """Members, profiles, discussions and reviews (the Leercommunity)."""

    name = "community"
    verbose_name = _("Leercommunity")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import lockout, signals  # noqa: F401
