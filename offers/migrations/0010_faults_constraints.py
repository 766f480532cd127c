"""An offer is on a school's shortlist once per need (issue 21, finding 9): the duplicates that
double clicks made are removed first, keeping the oldest row and the first note found."""

from django.conf import settings
from django.db import migrations, models


def remove_duplicate_shortlist_items(apps, schema_editor):
    ShortlistItem = apps.get_model("offers", "ShortlistItem")
    kept = {}
    for item in ShortlistItem.objects.order_by("pk").iterator():
        key = (item.school_id, item.need_id, item.offer_id)
        first = kept.get(key)
        if first is None:
            kept[key] = item
            continue
        if not first.note and item.note:
            first.note = item.note
            first.save(update_fields=["note"])
        item.delete()


class Migration(migrations.Migration):
    dependencies = [
        ("schools", "0001_initial"),
        ("offers", "0009_capacity_unit_need_pupils"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.RunPython(remove_duplicate_shortlist_items, migrations.RunPython.noop),
        migrations.AddConstraint(
            model_name="shortlistitem",
            constraint=models.UniqueConstraint(
                condition=models.Q(("need__isnull", False)),
                fields=("school", "need", "offer"),
                name="unique_shortlist_item_per_need",
            ),
        ),
        migrations.AddConstraint(
            model_name="shortlistitem",
            constraint=models.UniqueConstraint(
                condition=models.Q(("need__isnull", True)),
                fields=("school", "offer"),
                name="unique_shortlist_item_without_need",
            ),
        ),
    ]
