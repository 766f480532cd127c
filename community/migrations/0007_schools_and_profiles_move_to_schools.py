"""School, SchoolEmailDomain and Profile now live in the schools app; their tables (and rows)
stay. Reviews point at schools.School; the old models leave community's state. State only:
the database does not change. Runs after every app that pointed at them has moved its keys."""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("community", "0006_profile_public_id_unique"),
        ("schools", "0001_initial"),
        ("offers", "0008_school_coordinator_moves_to_schools"),
        ("bookings", "0002_school_moves_to_schools"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            database_operations=[],
            state_operations=[
                migrations.AlterField(
                    model_name="review",
                    name="school",
                    field=models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="reviews",
                        to="schools.school",
                        verbose_name="school",
                    ),
                ),
                migrations.DeleteModel(name="Profile"),
                migrations.DeleteModel(name="SchoolEmailDomain"),
                migrations.DeleteModel(name="School"),
            ],
        ),
    ]
