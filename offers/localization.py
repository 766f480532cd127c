"""Show pages and taxonomy in the visitor's language, falling back to Dutch."""

from django.conf import settings
from django.db.models import Q

from core.locales import active_locale, default_locale


def in_active_locale(pages):
    """The pages in the active language, plus default-language pages not translated into it."""
    active = active_locale()
    default = default_locale()
    if active.pk == default.pk:
        return pages.filter(locale=active)
    translated = pages.filter(locale=active).values("translation_key")
    return pages.filter(Q(locale=active) | (Q(locale=default) & ~Q(translation_key__in=translated)))


def default_locale_terms():
    """limit_choices_to for taxonomy links: editors pick the Dutch rows."""
    return {"locale__language_code": settings.LANGUAGE_CODE}
