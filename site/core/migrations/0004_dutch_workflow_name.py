"""Wagtail's default workflow and its task are named in English in the database ("Moderators
approval"), and the admin shows the name in its Dutch buttons: "Stuur door naar Moderators
approval". Editors read Dutch: rename them (only while they still carry Wagtail's name)."""

from django.db import migrations

DUTCH = "Goedkeuring door de redactie"


def rename(apps, schema_editor):
    for model in ("Workflow", "Task"):
        apps.get_model("wagtailcore", model).objects.filter(name="Moderators approval").update(
            name=DUTCH
        )


def restore(apps, schema_editor):
    for model in ("Workflow", "Task"):
        apps.get_model("wagtailcore", model).objects.filter(name=DUTCH).update(
            name="Moderators approval"
        )


class Migration(migrations.Migration):
    dependencies = [
        ("core", "0003_site_settings_privacy_page"),
        ("wagtailcore", "0048_add_default_workflows"),
    ]

    operations = [migrations.RunPython(rename, restore)]
