"""Give every existing profile its own random public id, and turn what members asked for before
follows existed into follows: a starter follows their discussion, and a reply posted with
"e-mail me on new replies" (django-comments-xtd's `followup`) follows its thread. The flag is
cleared so that the library's own follow-up mail (English, to any address) never goes out."""

import secrets

from django.db import migrations

ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"


def new_id(taken):
    while True:
        value = "".join(secrets.choice(ALPHABET) for _i in range(10))
        if value not in taken:
            taken.add(value)
            return value


def forwards(apps, schema_editor):
    Profile = apps.get_model("community", "Profile")
    Discussion = apps.get_model("community", "Discussion")
    Follow = apps.get_model("community", "Follow")
    ContentType = apps.get_model("contenttypes", "ContentType")
    XtdComment = apps.get_model("django_comments_xtd", "XtdComment")

    taken = set()
    for profile in Profile.objects.only("pk"):
        Profile.objects.filter(pk=profile.pk).update(public_id=new_id(taken))

    wanted = set()
    if Discussion.objects.exists():
        discussion_type = ContentType.objects.get_for_model(Discussion)
        for pk, author_id in Discussion.objects.exclude(author=None).values_list("pk", "author"):
            wanted.add((author_id, discussion_type.pk, pk))
    rows = XtdComment.objects.filter(followup=True).exclude(user=None)
    for user_id, content_type_id, object_pk in rows.values_list(
        "user", "content_type", "object_pk"
    ):
        if str(object_pk).isdigit():
            wanted.add((user_id, content_type_id, int(object_pk)))
    Follow.objects.bulk_create(
        [Follow(member_id=m, content_type_id=c, object_id=o) for m, c, o in wanted],
        ignore_conflicts=True,
    )
    XtdComment.objects.filter(followup=True).update(followup=False)


class Migration(migrations.Migration):
    dependencies = [
        ("community", "0004_profile_visibility_public_id_follow"),
        ("django_comments_xtd", "0008_auto_20200920_2037"),
    ]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
