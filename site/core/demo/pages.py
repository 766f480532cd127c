"""Small idempotent helpers every demo builder uses."""

import json
from dataclasses import dataclass
from functools import cache
from importlib import import_module
from pathlib import Path
from typing import Any

from django.utils.text import slugify
from wagtail.models import Locale

from core.slugs import free_slug


@dataclass
class DemoContext:
    home_nl: Any  # core.models.HomePage
    home_en: Any
    locale_nl: Locale
    locale_en: Locale
    log: Any  # a callable that prints one line of progress


@cache
def _data_dir(package):
    return Path(import_module(package).__file__).parent / "data"


def load_data(package, name):
    """The parsed JSON file `<package>/data/<name>.json` (a fresh copy: builders may pop keys)."""
    with open(_data_dir(package) / f"{name}.json", encoding="utf-8") as handle:
        return json.load(handle)


def terms(model, values, locale="nl", field="slug"):
    """The rows of a translatable taxonomy `model` in `locale` whose `field` is in `values`.

    `locale` is a Locale or a language code. Kept in the order of `values`, so what a data file
    lists first comes first on the page too.
    """
    if isinstance(locale, Locale):
        rows = model.objects.filter(locale=locale, **{f"{field}__in": values})
    else:
        rows = model.objects.filter(locale__language_code=locale, **{f"{field}__in": values})
    position = {value: index for index, value in enumerate(values)}
    return sorted(rows, key=lambda row: position[getattr(row, field)])


def publish(page):
    page.save_revision().publish()
    return page


def add_child(parent, page):
    """Add `page` under `parent` unless a child with its slug exists; return the page kept."""
    existing = parent.get_children().filter(slug=page.slug).first()
    if existing is not None:
        return existing.specific
    parent.add_child(instance=page)
    return publish(page)


def translate(page, locale, **fields):
    """The translation of `page` in `locale`, created with `fields` when it does not exist."""
    existing = page.get_translation_or_none(locale)
    if existing is not None:
        return existing.specific
    translation = page.copy_for_translation(locale)  # saved as a draft
    for name, value in fields.items():
        setattr(translation, name, value)
    if "slug" not in fields and "title" in fields:
        # An English page gets an English address, not the Dutch one's slug
        # (/en/best-practices/iedereen-een-meester-en/).
        translation.slug = free_slug(translation, slugify(fields["title"])[:80] or page.slug)
    return publish(translation)
