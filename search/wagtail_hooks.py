from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .indexing import all_documents
from .models import Synonym


@hooks.register("register_demo_content", order=1000)
def index_demo_content(context):
    """Last demo step: every demo page is in the search index, whatever the order of steps."""
    count = all_documents()
    context.log(f"Zoekindex: {count} items")


class SynonymViewSet(SnippetViewSet):
    model = Synonym
    icon = "search"
    menu_label = _("Synoniemen")
    list_display = ["term", "alternatives", "language"]
    search_fields = ["term", "alternatives"]


register_snippet(SynonymViewSet)
