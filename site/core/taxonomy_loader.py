"""Loads the shared taxonomy into the database, idempotently.

Running it again updates names and texts in place and creates nothing twice: rows are found by
their natural keys (slug per locale, goal number per locale, CBS code).
"""

import csv
from dataclasses import dataclass, field
from pathlib import Path

from django.db import transaction
from django.utils.text import slugify
from wagtail.models import Locale

from core import taxonomy_data as data
from core.models import CurriculumGoal, LearningArea, Region, TargetGroup, Theme

DATA_DIR = Path(__file__).resolve().parent / "data"


@dataclass
class LoadReport:
    created: dict = field(default_factory=dict)
    updated: dict = field(default_factory=dict)

    def count(self, model, created):
        bucket = self.created if created else self.updated
        name = model._meta.verbose_name_plural
        bucket[str(name)] = bucket.get(str(name), 0) + 1


def read_csv(name):
    with open(DATA_DIR / name, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def ensure_locales():
    nl, _ = Locale.objects.get_or_create(language_code="nl")
    en, _ = Locale.objects.get_or_create(language_code="en")
    return nl, en


def _upsert(model, report, lookup, values):
    obj, created = model.objects.update_or_create(**lookup, defaults=values)
    report.count(model, created)
    return obj


def _load_terms(model, rows, nl, en, report):
    """Create each term in Dutch, then its English translation sharing the translation key."""
    by_slug = {}
    for order, (slug, name_nl, name_en) in enumerate(rows):
        source = _upsert(
            model, report, {"locale": nl, "slug": slug}, {"name": name_nl, "sort_order": order}
        )
        _upsert(
            model,
            report,
            {"locale": en, "slug": slug},
            {"name": name_en, "sort_order": order, "translation_key": source.translation_key},
        )
        by_slug[slug] = source
    return by_slug


def _load_goals(nl, en, report):
    areas = {
        locale.pk: {area.slug: area for area in LearningArea.objects.filter(locale=locale)}
        for locale in (nl, en)
    }
    labels_en = {
        int(row["number"]): row["label_en"] for row in read_csv("kerndoelen_labels_en.csv")
    }
    for row in read_csv("kerndoelen_po.csv"):
        number = int(row["number"])
        area_slug = data.GOAL_LEARNING_AREA[number]
        # The kerndoelen are Dutch legal text with no official translation, so the English row
        # carries the official Dutch wording until an editor translates it; its short label is
        # ours (kerndoelen_labels_en.csv), shown as "Curriculum goal 10: Using strategies".
        values = {
            "subject": row["learning_area"],
            "domain": row["domain"],
            "label": row["label"],
            "title": row["title"],
        }
        source = _upsert(
            CurriculumGoal,
            report,
            {"locale": nl, "number": number},
            {**values, "learning_area": areas[nl.pk][area_slug]},
        )
        en_goal = CurriculumGoal.objects.filter(locale=en, number=number).first()
        if en_goal is None:
            CurriculumGoal.objects.create(
                locale=en,
                number=number,
                translation_key=source.translation_key,
                learning_area=areas[en.pk][area_slug],
                **{**values, "label": labels_en[number]},
            )
            report.count(CurriculumGoal, True)
        elif en_goal.label == row["label"] and labels_en[number] != row["label"]:
            # A row loaded before the English labels existed; an editor's own label stays.
            en_goal.label = labels_en[number]
            en_goal.save(update_fields=["label"])


def _load_regions(report):
    provinces = {}
    for row in read_csv("provincies.csv"):
        provinces[row["code"]] = _upsert(
            Region,
            report,
            {"code": row["code"]},
            {
                "kind": Region.Kind.PROVINCE,
                "name": row["name"],
                "slug": slugify(f"provincie {row['name']}"),
            },
        )
    municipalities = {}
    for row in read_csv("gemeenten.csv"):
        municipalities[row["code"]] = _upsert(
            Region,
            report,
            {"code": row["code"]},
            {
                "kind": Region.Kind.MUNICIPALITY,
                "name": row["name"],
                "slug": slugify(f"{row['name']} {row['code']}"),
                "province": provinces[row["province_code"]],
            },
        )
    members = {}
    for row in read_csv("regions.csv"):
        members.setdefault(row["region"], []).append(row["municipality_code"])
    for name, codes in data.EXTRA_REGION_MEMBERS.items():
        members.setdefault(name, []).extend(codes)
    for name, codes in members.items():
        code, slug = data.NAMED_REGIONS[name]
        region = _upsert(
            Region, report, {"code": code}, {"kind": Region.Kind.NAMED, "name": name, "slug": slug}
        )
        region.municipalities.set([municipalities[c] for c in codes])


@transaction.atomic
def load_taxonomy():
    report = LoadReport()
    nl, en = ensure_locales()
    _load_terms(Theme, data.THEMES, nl, en, report)
    _load_terms(LearningArea, data.LEARNING_AREAS, nl, en, report)
    _load_terms(TargetGroup, data.TARGET_GROUPS, nl, en, report)
    _load_goals(nl, en, report)
    _load_regions(report)
    return report
