"""Helpers for content apps that describe pages as search documents (`search_documents.py`).

Taxonomy facets use the slug (the same in every language) as value and the term's name in
the page's language as label. Regions are expanded by `region_facets` (the reach rule).
"""

from django.conf import settings
from django.utils.html import strip_tags
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.rich_text import expand_db_html

from core.models.taxonomy import localized_terms as in_language

from .sources import PageSource, SearchDocument, register

ACCREDITATION_RANKS = {"none": 0, "described": 1, "substantiated": 2, "proven": 3}
REACH_RANKS = {"local": 0, "regional": 1, "national": 2}


def register_pages(model, kind, document):
    """Index the live pages of `model` as `kind`, each described by `document(page)`."""
    register(
        PageSource(kind, model, lambda: model.objects.live().select_related("locale"), document)
    )


def field_text(instance, *names):
    """Plain text of the named fields (rich text and StreamFields included)."""
    parts = []
    for name in names:
        value = getattr(instance, name, None)
        if not value:
            continue
        field = instance._meta.get_field(name)
        if isinstance(field, StreamField):
            parts.extend(field.get_searchable_content(value))
        elif isinstance(field, RichTextField):
            parts.append(strip_tags(expand_db_html(value)))
        else:
            parts.append(str(value))
    return " ".join(" ".join(part.split()) for part in parts if part)


def localized_terms(page, relation):
    """The related taxonomy terms in the page's own language where a translation exists."""
    return in_language(getattr(page, relation).all(), page.locale)


def document_language(page):
    """A Dutch page nobody has translated yet is found in every language, as the listings
    show it; once translated, each language finds its own version."""
    language = page.locale.language_code
    if language != settings.LANGUAGE_CODE:
        return language
    translated = (
        Page.objects.filter(translation_key=page.translation_key, live=True, alias_of=None)
        .exclude(locale_id=page.locale_id)
        .exists()
    )
    return language if translated else ""


def page_document(page, kind, *, text_fields, **extra):
    facets = extra.pop("facets", [])
    return SearchDocument(
        language=document_language(page),
        kind=kind,
        title=page.title,
        url=page.url or "",
        summary=extra.pop("summary", None) or page.summary or "",
        body=field_text(page, *text_fields),
        published_at=page.first_published_at,
        facets=facets,
        **extra,
    )


def live(page):
    """Live, public and not an alias: an alias repeats its source page, which has its own entry."""
    return page.live and page.alias_of_id is None and not page.get_view_restrictions().exists()
