"""The shortlist keeps only what a school saved: planned and done come from its requests.

Items the school had set to planned or done become plain saved items. Their note stays as it
was; the date the school had chosen is added after it (when it still fits in the note), so
nothing a member wrote is lost.
"""

from django.db import migrations, models

NOTE_MAX_LENGTH = 300
WORDS = {"planned": "zelf gepland op", "done": "zelf als uitgevoerd gemarkeerd,"}


def fold_plans_into_notes(apps, schema_editor):
    ShortlistItem = apps.get_model("offers", "ShortlistItem")
    items = ShortlistItem.objects.filter(status__in=list(WORDS), planned_date__isnull=False)
    for item in items.iterator():
        remark = f"({WORDS[item.status]} {item.planned_date:%d-%m-%Y})"
        note = f"{item.note} {remark}" if item.note else remark
        if len(note) <= NOTE_MAX_LENGTH:
            item.note = note
            item.save(update_fields=["note"])


class Migration(migrations.Migration):
    dependencies = [
        ("offers", "0005_session_capacity"),
    ]

    operations = [
        migrations.RunPython(fold_plans_into_notes, migrations.RunPython.noop),
        migrations.AlterModelOptions(
            name="shortlistitem",
            options={
                "ordering": ["created"],
                "verbose_name": "keuze op de keuzelijst",
                "verbose_name_plural": "keuzelijst",
            },
        ),
        migrations.RemoveField(model_name="shortlistitem", name="planned_date"),
        migrations.RemoveField(model_name="shortlistitem", name="status"),
    ]
