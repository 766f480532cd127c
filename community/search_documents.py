"""What discussions put in the site search (registered in CommunityConfig.ready)."""

from django.utils.text import Truncator

from search import sources
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


def register():
    sources.register(
        Source(
            "discussion",
            Discussion,
            lambda: Discussion.objects.filter(is_removed=False).select_related("theme"),
            discussion_document,
        )
    )
