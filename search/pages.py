"""Helpers for content apps that describe pages as search documents (`search_documents.py`).

Taxonomy facets use the slug (the same in every language) as value and the term's name in
the page's language as label. Regions are expanded by `region_facets` (the reach rule).
"""

from django.conf import settings
from django.utils.html import strip_tags
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page, PageViewRestriction
from wagtail.rich_text import expand_db_html

from .sources import SearchDocument, Source, page_key, register


class PageSource(Source):
    """Pages share one key space (`page:<id>`), so translations and kinds never collide."""

    def key(self, instance):
        return page_key(instance.pk)

    def prepare(self, instances):
        prepare_pages(instances)


def register_pages(model, kind, document, prefetch=()):
    """Index the live pages of `model` as `kind`, each described by `document(page)`;
    `prefetch`: the relations it reads, fetched a chunk at a time by a rebuild."""
    register(
        PageSource(
            kind,
            model,
            lambda: model.objects.live().select_related("locale").prefetch_related(*prefetch),
            document,
        )
    )


def prepare_pages(pages):
    """What `live`, `document_language` and `parent_title` ask per page, for many pages in
    three queries (a rebuild's chunk), kept on each page."""
    if not pages:
        return
    # Restrictions are rare: when there are any, each page asks for its own (see `live`).
    any_restriction = PageViewRestriction.objects.exists()
    live_locales = {}
    rows = Page.objects.filter(
        translation_key__in={page.translation_key for page in pages}, live=True, alias_of=None
    ).values_list("translation_key", "locale_id")
    for translation_key, locale_id in rows:
        live_locales.setdefault(translation_key, set()).add(locale_id)
    parents = dict(
        Page.objects.filter(
            path__in={page.path[: -Page.steplen] for page in pages if page.depth > 1}
        ).values_list("path", "title")
    )
    for page in pages:
        page._search_prepared = {
            "restricted": None if any_restriction else False,
            "translated": bool(live_locales.get(page.translation_key, set()) - {page.locale_id}),
            "parent_title": parents.get(page.path[: -Page.steplen]),
        }


def _prepared(page, name):
    return getattr(page, "_search_prepared", {}).get(name)


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


def document_language(page):
    """A Dutch page nobody has translated yet is found in every language, as the listings
    show it; once translated, each language finds its own version."""
    language = page.locale.language_code
    if language != settings.LANGUAGE_CODE:
        return language
    translated = _prepared(page, "translated")
    if translated is None:
        translated = (
            Page.objects.filter(translation_key=page.translation_key, live=True, alias_of=None)
            .exclude(locale_id=page.locale_id)
            .exists()
        )
    return language if translated else ""


def parent_title(page):
    title = _prepared(page, "parent_title")
    return title if title is not None else page.get_parent().title


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
    if not page.live or page.alias_of_id is not None:
        return False
    restricted = _prepared(page, "restricted")
    if restricted is None:
        # Wagtail's own query, not the site's cached answer (core.models.base), which may not
        # have heard yet of the restriction whose change is being indexed.
        restricted = Page.get_view_restrictions(page).exists()
    return not restricted
