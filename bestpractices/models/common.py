"""Helpers shared by the page types of this app."""

from dataclasses import dataclass

from django.db.models import Q
from wagtail.models import Locale


@dataclass(frozen=True)
class Flag:
    """One option of a multiple choice stored as a boolean field.

    `value` is the option's slug in GET parameters, `field` the boolean model field.
    """

    value: str
    field: str
    label: str


def flags_query(flags, values):
    """Pages with any of the selected options (OR within one facet)."""
    by_value = {flag.value: flag for flag in flags}
    condition = Q(pk__in=[])
    for value in values:
        if value in by_value:
            condition |= Q(**{by_value[value].field: True})
    return condition


class TranslationNoticeMixin:
    """Tells templates whether a page is shown in another language than its content's."""

    def untranslated_source(self):
        """The page in the default language when this page is only an alias of it."""
        if self.alias_of_id is None:
            return None
        source = self.alias_of
        if source.locale_id == self.locale_id:
            return None
        return source.specific


def untranslated_source_pages(index, queryset, model):
    """On a translated index page: the live pages under the default language's index that
    have no translation among `queryset` (the pages listed in this language)."""
    default = Locale.get_default()
    if index.locale_id == default.pk:
        return model.objects.none()
    source_index = index.get_translation_or_none(default)
    if source_index is None:
        return model.objects.none()
    translated_keys = queryset.values_list("translation_key", flat=True)
    return (
        model.objects.child_of(source_index)
        .live()
        .public()
        .filter(alias_of__isnull=True)
        .exclude(translation_key__in=translated_keys)
    )
