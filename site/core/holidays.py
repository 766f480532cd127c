"""Official Dutch school holidays by holiday region (noord, midden, zuid), from a data file.

The data file `core/data/school_holidays.json` names its source (rijksoverheid.nl); a region
(municipality, province, named region) maps to a holiday region by its province, with the known
exceptions per municipality listed in the same file.
"""

import json
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from pathlib import Path

from django.utils.translation import get_language

DATA_FILE = Path(__file__).parent / "data" / "school_holidays.json"
HOLIDAY_REGIONS = ("noord", "midden", "zuid")


@dataclass(frozen=True)
class Holiday:
    name: str
    name_en: str
    start: date
    end: date  # inclusive
    regions: tuple

    @property
    def label(self):
        return self.name_en if (get_language() or "nl").startswith("en") else self.name

    def __contains__(self, day):
        return self.start <= day <= self.end


@cache
def _data():
    with open(DATA_FILE, encoding="utf-8") as handle:
        return json.load(handle)


@cache
def holidays(region=None):
    """The holidays (and public holidays, as one-day holidays) of a holiday region, by date."""
    data = _data()
    rows = [
        Holiday(
            row["name"],
            row["name_en"],
            date.fromisoformat(row["start"]),
            date.fromisoformat(row["end"]),
            tuple(row["regions"]),
        )
        for row in data["holidays"]
        if region is None or region in row["regions"]
    ]
    rows += [
        Holiday(
            row["name"],
            row["name_en"],
            date.fromisoformat(row["date"]),
            date.fromisoformat(row["date"]),
            HOLIDAY_REGIONS,
        )
        for row in data["public_holidays"]
    ]
    return tuple(sorted(rows, key=lambda holiday: holiday.start))


def region_names():
    """{code: (Dutch name, English name)} of the three holiday regions."""
    return {code: (row["name"], row["name_en"]) for code, row in _data()["regions"].items()}


def holiday_region_of(region):
    """'noord', 'midden' or 'zuid' for a core Region, or None when it spans several.

    A municipality by its own code or its province; a province by its code; a named region
    when all its municipalities fall in one holiday region.
    """
    if region is None:
        return None
    mapping = _data()["regions"]
    by_municipality = {code: key for key, row in mapping.items() for code in row["municipalities"]}
    by_province = {code: key for key, row in mapping.items() for code in row["provinces"]}
    kind = getattr(region, "kind", "")
    if kind == "municipality":
        if region.code in by_municipality:
            return by_municipality[region.code]
        return by_province.get(region.province.code) if region.province_id else None
    if kind == "province":
        return by_province.get(region.code)
    found = {holiday_region_of(member) for member in region.municipalities.all()}
    return found.pop() if len(found) == 1 else None


def holiday_on(day, region):
    """The holiday of `region` that `day` falls in, or None."""
    for holiday in holidays(region):
        if day in holiday:
            return holiday
    return None


def is_school_day(day, region):
    """A weekday outside the holidays and public holidays of the holiday region."""
    return day.weekday() < 5 and holiday_on(day, region) is None


def school_days(first, last, region):
    """Every school day from `first` to `last` (inclusive) in the holiday region."""
    day = first
    while day <= last:
        if is_school_day(day, region):
            yield day
        day += timedelta(days=1)


def holidays_between(first, last, region):
    """The holidays of the region that overlap the period from `first` to `last`."""
    return [
        holiday for holiday in holidays(region) if holiday.end >= first and holiday.start <= last
    ]
