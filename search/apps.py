from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    """Faceted search over every kind of content, on Elasticsearch or the database.
    Content apps register what they put in it from their own `search_documents.py`."""

    name = "search"
    verbose_name = _("Zoeken")

    def ready(self):
        from . import checks, signals  # noqa: F401 - checks register themselves

        signals.connect()
