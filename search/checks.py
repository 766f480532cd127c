"""A system check: every page type a visitor can find on the site is in the site search."""

from django.apps import apps
from django.core import checks

from core.models import BasePage

from .sources import SOURCES


@checks.register(checks.Tags.models)
def pages_have_search_documents(app_configs=None, **kwargs):
    """A concrete page type declares `site_search = False` (listing pages, the home page) or
    has a search document registered by its app's `search_documents.py`."""
    documented = {source.model for source in SOURCES}
    errors = []
    for model in apps.get_models():
        if not issubclass(model, BasePage) or not getattr(model, "site_search", True):
            continue
        if app_configs is not None and model._meta.app_config not in app_configs:
            continue
        if not any(issubclass(model, known) for known in documented):
            errors.append(
                checks.Error(
                    f"{model._meta.label} is a page type without a search document.",
                    hint=(
                        f"Register it in {model._meta.app_label}/search_documents.py, or set "
                        "site_search = False on a page type that only lists other pages."
                    ),
                    obj=model,
                    id="search.E001",
                )
            )
    return errors
