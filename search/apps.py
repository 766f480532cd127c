from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    """Faceted search over every kind of content, on Elasticsearch or the database.
    Content apps declare what they put in it in their own `search_documents.py`; the settings
    list those declarations (SEARCH_DECLARATIONS) and they are loaded here, once every app
    is ready, so that search imports no content app."""

    name = "search"
    verbose_name = _("Zoeken")

    def ready(self):
        from django.conf import settings

        from . import checks, declarations, signals  # noqa: F401 - checks register themselves

        declarations.load(settings.SEARCH_DECLARATIONS)
        signals.connect()
