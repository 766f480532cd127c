"""What discussions put in the site search: their kind, facet and ranking signals (`SEARCH`,
listed in settings.SEARCH_DECLARATIONS) and how a discussion becomes a document."""

from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _

from search import sources
from search.declarations import THEME, Declaration, Kind
from search.sources import SearchDocument, Source, taxonomy_facets

from .models import Discussion


def discussion_document(discussion):
    if discussion.is_removed:
        return None
    return SearchDocument(
        language="",  # members write in either language; found from both
        kind="discussion",
        title=discussion.title,
        url=discussion.get_absolute_url(),
        summary=Truncator(discussion.body).words(40),
        body=discussion.body,
        published_at=discussion.created,
        facets=taxonomy_facets("theme", [discussion.theme]),
        is_national=True,  # a conversation is not tied to a place
        reach_rank=2,
    )


def register_sources():
    sources.register(
        Source(
            "discussion",
            Discussion,
            lambda: Discussion.objects.filter(is_removed=False).select_related("theme"),
            discussion_document,
        )
    )


SEARCH = Declaration(
    kinds=(Kind("discussion", _("Discussie")),),
    facets=(THEME,),
    signals=("is_national", "reach_rank"),
    sources=register_sources,
)
