from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    """Faceted search over every kind of content, on Elasticsearch or the database."""

    name = "search"
    verbose_name = _("Zoeken")

    def ready(self):
        from . import registry, signals

        registry.register_sources()
        signals.connect()
