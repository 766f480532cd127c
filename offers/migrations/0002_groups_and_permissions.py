"""Editors may set an offer's accreditation level; providers get a group of their own.

The per-provider page permissions are granted by offers.permissions.grant_provider_access.
"""

from django.db import migrations

PROVIDERS_GROUP = "Aanbieders"
EDITOR_GROUPS = ["Editors", "Moderators"]


def create_groups(apps, schema_editor):
    ContentType = apps.get_model("contenttypes.ContentType")
    Permission = apps.get_model("auth.Permission")
    Group = apps.get_model("auth.Group")

    offer_type, _ = ContentType.objects.get_or_create(app_label="offers", model="offerpage")
    accreditation, _ = Permission.objects.get_or_create(
        content_type=offer_type,
        codename="change_accreditation",
        defaults={"name": "Kan het erkenningsniveau van aanbod wijzigen"},
    )
    for group in Group.objects.filter(name__in=EDITOR_GROUPS):
        group.permissions.add(accreditation)

    admin_type, _ = ContentType.objects.get_or_create(app_label="wagtailadmin", model="admin")
    access_admin, _ = Permission.objects.get_or_create(
        content_type=admin_type,
        codename="access_admin",
        defaults={"name": "Can access Wagtail admin"},
    )
    providers, _ = Group.objects.get_or_create(name=PROVIDERS_GROUP)
    providers.permissions.add(access_admin)


def remove_groups(apps, schema_editor):
    Group = apps.get_model("auth.Group")
    Permission = apps.get_model("auth.Permission")
    Group.objects.filter(name=PROVIDERS_GROUP).delete()
    Permission.objects.filter(
        content_type__app_label="offers", codename="change_accreditation"
    ).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("offers", "0001_initial"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(create_groups, remove_groups)]
