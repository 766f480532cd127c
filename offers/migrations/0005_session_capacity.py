# The free-places number of a session becomes its capacity; booked places are counted from the
# requests of schools (offers.bookings), so the stored value is kept as the maximum.

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("offers", "0004_need_alerts"),
    ]

    operations = [
        migrations.RenameField(
            model_name="offersession", old_name="places_left", new_name="capacity"
        ),
        migrations.AlterField(
            model_name="offersession",
            name="capacity",
            field=models.PositiveIntegerField(
                blank=True,
                help_text=(
                    "Hoeveel leerlingen mee kunnen doen; leeg als het niet vol kan raken. "
                    "Geboekte plaatsen tellen de aanvragen van scholen."
                ),
                null=True,
                verbose_name="plaatsen",
            ),
        ),
    ]
