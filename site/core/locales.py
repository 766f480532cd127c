"""Wagtail's locales, read once per process.

`Locale.get_active()` and `Locale.get_default()` query the database on every call, and a page
asks a dozen times (each taxonomy list, the reviews, the listing cards). Locales are created
when a language is added and practically never change; a change or deletion clears this
process's copy (signals below), and other processes pick it up at their next restart.
"""

from django.conf import settings
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from django.utils.translation import get_language
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Locale

_by_language = {}


def locale_for(language_code):
    locale = _by_language.get(language_code)
    if locale is None:
        locale = Locale.objects.get_for_language(language_code)
        _by_language[language_code] = locale
    return locale


def active_locale():
    return locale_for(get_supported_content_language_variant(get_language()))


def default_locale():
    return locale_for(get_supported_content_language_variant(settings.LANGUAGE_CODE))


@receiver(post_save, sender=Locale)
@receiver(post_delete, sender=Locale)
def forget_locales(**kwargs):
    _by_language.clear()
