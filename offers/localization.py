"""Show pages and taxonomy in the visitor's language, falling back to Dutch."""

from django.db.models import Q
from wagtail.models import Locale


def in_active_locale(pages):
    """The pages in the active language, plus default-language pages not translated into it."""
    active = Locale.get_active()
    default = Locale.get_default()
    if active.pk == default.pk:
        return pages.filter(locale=active)
    translated = pages.filter(locale=active).values("translation_key")
    return pages.filter(Q(locale=active) | (Q(locale=default) & ~Q(translation_key__in=translated)))


def localized_terms(terms):
    """The rows of the active language for taxonomy terms linked in any language.

    Offers link the Dutch taxonomy rows (and translations share them); visitors read the row of
    their own language. `terms` is an iterable of TranslatableMixin instances of one model.
    """
    terms = list(terms)
    if not terms:
        return []
    model = type(terms[0])
    active = Locale.get_active()
    if all(term.locale_id == active.pk for term in terms):
        return terms
    keys = [term.translation_key for term in terms]
    rows = {
        row.translation_key: row
        for row in model.objects.filter(locale=active, translation_key__in=keys)
    }
    return [rows.get(term.translation_key, term) for term in terms]


def default_locale_terms():
    """limit_choices_to for taxonomy links: editors pick the Dutch rows."""
    from django.conf import settings

    return {"locale__language_code": settings.LANGUAGE_CODE}
