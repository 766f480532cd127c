"""Builders of the best practices and Ontwikkelplekken; everything is found by slug, so running
the demo again changes nothing."""

import datetime

from core.demo import add_child, load_data, terms, theme_image, translate
from core.models import Region, TargetGroup, Theme

from ..models import (
    BestPracticeIndexPage,
    BestPracticePage,
    BestPracticeRelatedPage,
    OntwikkelplekIndexPage,
    OntwikkelplekPage,
    StoryUpdatePage,
)

DATA = "bestpractices.demo"


def _index(context, model, data):
    english = data.pop("en")
    index_nl = add_child(context.home_nl, model(**data))
    context.home_nl.refresh_from_db()
    translate(index_nl, context.locale_en, **english)
    context.home_en.refresh_from_db()
    return index_nl


def _illustrated(fields, stream, theme, language):
    """The page's fields with the theme illustration as sharing image and as the first block
    of its story, with alt text and caption in the page's language."""
    image = theme_image(theme, language)
    block = {
        "type": "image",
        "value": {"image": image.pk, "alt_text": image.description, "caption": ""},
    }
    return {**fields, "social_image": image, stream: [block, *fields.get(stream, [])]}


def build_best_practices(context):
    index_nl = _index(context, BestPracticeIndexPage, load_data(DATA, "indexes")["best_practices"])
    created = {}
    for data in load_data(DATA, "best_practices"):
        english = data.pop("en", None)
        themes = data.pop("themes")
        regions = data.pop("regions", [])
        groups = data.pop("groups", [])
        related = data.pop("related", [])
        national = data.pop("national", False)
        page = BestPracticePage(is_national=national, **_illustrated(data, "body", themes[0], "nl"))
        page.themes = terms(Theme, themes, context.locale_nl)
        page.target_groups = terms(TargetGroup, groups, context.locale_nl)
        page.regions = list(Region.objects.filter(code__in=regions))
        page.related_links = [
            BestPracticeRelatedPage(page=created[slug]) for slug in related if slug in created
        ]
        page = add_child(index_nl, page)
        index_nl.refresh_from_db()
        created[page.slug] = page
        if english:
            translate(page, context.locale_en, **_illustrated(english, "body", themes[0], "en"))
    context.log("Goede voorbeelden klaar")


def build_ontwikkelplekken(context):
    index_nl = _index(
        context, OntwikkelplekIndexPage, load_data(DATA, "indexes")["ontwikkelplekken"]
    )
    for data in load_data(DATA, "ontwikkelplekken"):
        english = data.pop("en", None)
        themes = data.pop("themes")
        updates = data.pop("updates", [])
        data["municipality"] = Region.objects.get(code=data["municipality"])
        page = OntwikkelplekPage(**_illustrated(data, "story", themes[0], "nl"))
        page.themes = terms(Theme, themes, context.locale_nl)
        page = add_child(index_nl, page)
        index_nl.refresh_from_db()
        if english:
            translate(page, context.locale_en, **_illustrated(english, "story", themes[0], "en"))
            page.refresh_from_db()
        for update in updates:
            update_en = update.pop("en", None)
            update["date"] = datetime.date.fromisoformat(update["date"])
            update_nl = add_child(page, StoryUpdatePage(**update))
            page.refresh_from_db()
            if update_en and english:
                # The English story exists above, so the update has a parent to go under.
                translate(update_nl, context.locale_en, **update_en)
    context.log("Ontwikkelplekken klaar")


def build(context):
    build_best_practices(context)
    build_ontwikkelplekken(context)
