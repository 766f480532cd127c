"""Slugs of translations: a translation that goes live with its source's slug gets one from
its own title.

wagtail-localize copies the Dutch slug into the translation, so an English page lived at
/en/best-practices/iedereen-een-meester-en/. When a translation is first published by an
editor with the source's slug, it takes the slug of its translated title; a slug the editor
typed stays. Done before the save, so the search index and caches see the final address.
"""

from django.utils.text import slugify


def free_slug(page, wanted):
    """`wanted`, or `wanted-2`, …: the first that no sibling of `page` has."""
    parent = page.get_parent()
    siblings = parent.get_children().exclude(pk=page.pk) if parent else []
    taken = {sibling.slug for sibling in siblings}
    slug, number = wanted, 2
    while slug in taken:
        slug, number = f"{wanted}-{number}", number + 1
    return slug


def own_slug(page, source_locale):
    """The slug `page` should have, or None to keep its own. Only at the first publication by
    a person (the revision has a user: the admin, wagtail-localize's editor): loaders and
    tests that publish with a slug of their choice keep it, and so does an editor who sets
    the source's slug again later."""
    if not page.pk or not page.live or page.locale_id == source_locale.pk or page.depth <= 2:
        return None  # new, a draft, the source itself, or a home page (no slug in its URL)
    first = (
        page.first_published_at is not None and page.first_published_at == page.last_published_at
    )
    if not first or page.live_revision_id is None or page.live_revision.user_id is None:
        return None
    source = page.get_translation_or_none(source_locale)
    wanted = slugify(page.title)[:80]
    if source is None or page.slug != source.slug or not wanted or wanted == page.slug:
        return None
    return free_slug(page, wanted)
