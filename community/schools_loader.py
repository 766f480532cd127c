"""Load DUO's list of primary-school locations (site/core/data/scholen_po.csv) idempotently."""

import csv
from pathlib import Path

from django.conf import settings
from django.db import transaction

from core.models import Region
from schools.models import School

SCHOOLS_CSV = Path(settings.SITE_DIR) / "core" / "data" / "scholen_po.csv"
FIELDS = ["brin", "name", "place", "postcode", "street", "house_number", "denomination"]
BATCH = 1000


def load_schools(path=SCHOOLS_CSV, log=print):
    """Create or update every school in the file; returns (created, updated, unchanged)."""
    municipalities = dict(
        Region.objects.filter(kind=Region.Kind.MUNICIPALITY).values_list("code", "pk")
    )
    existing = {school.vestiging: school for school in School.objects.all()}
    with open(path, encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    to_create, to_update, unchanged = [], [], 0
    for number, row in enumerate(rows, start=1):
        values = {field: row[field].strip() for field in FIELDS}
        values["municipality_id"] = municipalities.get(row["municipality_code"].strip())
        school = existing.get(row["vestiging"].strip())
        if school is None:
            to_create.append(School(vestiging=row["vestiging"].strip(), **values))
        elif any(getattr(school, key) != value for key, value in values.items()):
            for key, value in values.items():
                setattr(school, key, value)
            to_update.append(school)
        else:
            unchanged += 1
        if number % BATCH == 0:
            log(f"Scholen gelezen: {number}/{len(rows)}")
    with transaction.atomic():
        School.objects.bulk_create(to_create, batch_size=BATCH)
        School.objects.bulk_update(to_update, [*FIELDS, "municipality_id"], batch_size=BATCH)
    log(f"Scholen: {len(to_create)} nieuw, {len(to_update)} bijgewerkt, {unchanged} ongewijzigd")
    return len(to_create), len(to_update), unchanged
