"""Helpers shared by the page types of this app."""

from dataclasses import dataclass


@dataclass(frozen=True)
class Flag:
    """One option of a multiple choice stored as a boolean field.

    `value` is the option's slug in GET parameters, `field` the boolean model field.
    """

    value: str
    field: str
    label: str


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
