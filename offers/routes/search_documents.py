"""What system questions put in the site search (declared in settings.SEARCH_DECLARATIONS): a
kind of their own, published questions only, without names; merged duplicates are left out
(their endorsements count on the question they were merged into)."""

from django.conf import settings
from django.urls import reverse
from django.utils import translation
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _

from search import sources
from search.declarations import THEME, Declaration, Kind
from search.sources import SearchDocument, Source, taxonomy_facets

from .models import SystemQuestion


def _url(question):
    # One entry serves both languages: its address is the Dutch one, as the site's default.
    with translation.override(settings.LANGUAGE_CODE):
        return reverse("routes:question", args=[question.pk])


def question_document(question):
    if not question.published or question.merged_into_id:
        return None
    # The title, the example as published and the public answer; nothing of who filed it or
    # which school it came from.
    body = "\n\n".join(part for part in (question.example, question.answer) if part)
    return SearchDocument(
        language="",  # questions are written in either language; found from both
        kind="systemquestion",
        title=question.title,
        url=_url(question),
        summary=Truncator(question.example).words(40),
        body=body,
        keywords=str(question.get_level_display()),
        published_at=question.created,
        facets=taxonomy_facets("theme", [question.theme] if question.theme_id else []),
        is_national=True,
        reach_rank=2,
    )


def register_sources():
    sources.register(
        Source(
            "systemquestion",
            SystemQuestion,
            lambda: SystemQuestion.objects.filter(published=True, merged_into=None).select_related(
                "theme"
            ),
            question_document,
        )
    )


SEARCH = Declaration(
    kinds=(Kind("systemquestion", _("Systeemvraag")),),
    facets=(THEME,),
    signals=("is_national", "reach_rank"),
    sources=register_sources,
)
