from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ServingConfig(AppConfig):
    """Production serving: the anonymous page cache and its purges, and the health check."""

    name = "serving"
    verbose_name = _("Serveren")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import signals  # noqa: F401
