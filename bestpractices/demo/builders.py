"""Builders of the best practices and Ontwikkelplekken; everything is found by slug, so running
the demo again changes nothing."""

import datetime

from core.demo import add_child, load_data, terms, translate
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
        page = BestPracticePage(is_national=national, **data)
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
            translate(page, context.locale_en, **english)
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
        page = OntwikkelplekPage(**data)
        page.themes = terms(Theme, themes, context.locale_nl)
        page = add_child(index_nl, page)
        index_nl.refresh_from_db()
        for update in updates:
            update.pop("en", None)
            update["date"] = datetime.date.fromisoformat(update["date"])
            add_child(page, StoryUpdatePage(**update))
            page.refresh_from_db()
        if english:
            translate(page, context.locale_en, **english)
    context.log("Ontwikkelplekken klaar")


def build(context):
    build_best_practices(context)
    build_ontwikkelplekken(context)
