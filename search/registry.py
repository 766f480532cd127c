"""The kinds of content that are searchable, and how each becomes a SearchDocument."""

from django.apps import apps

from . import adapters
from .sources import Source, register


def _live_pages(model):
    return lambda: model.objects.live().select_related("locale")


def register_sources():
    """Called once at start-up from SearchConfig.ready()."""
    pages = [
        ("offers", "OfferPage", "offer", adapters.offer_document),
        ("offers", "FundingSchemePage", "funding", adapters.funding_document),
        ("bestpractices", "BestPracticePage", "bestpractice", adapters.best_practice_document),
        ("bestpractices", "OntwikkelplekPage", "story", adapters.ontwikkelplek_document),
        ("bestpractices", "StoryUpdatePage", "story", adapters.story_update_document),
    ]
    for app_label, model_name, kind, document in pages:
        try:
            model = apps.get_model(app_label, model_name)
        except LookupError:
            continue
        # Pages share one key space, so translations and kinds never collide.
        register(_PageSource(kind, model, _live_pages(model), document))
    if apps.is_installed("community"):
        discussion = apps.get_model("community", "Discussion")
        register(
            Source(
                "discussion",
                discussion,
                lambda: discussion.objects.filter(is_removed=False).select_related("theme"),
                adapters.discussion_document,
            )
        )


class _PageSource(Source):
    def key(self, instance):
        return f"page:{instance.pk}"
