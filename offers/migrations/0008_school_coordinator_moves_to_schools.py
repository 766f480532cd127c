"""SchoolCoordinator now lives in the schools app (its table, offers_schoolcoordinator, stays),
and the needs' foreign keys point at schools.School (same table, community_school): state only,
the database does not change. See schools.0001."""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("offers", "0007_offer_daily_views"),
        ("schools", "0001_initial"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            database_operations=[],
            state_operations=[
                migrations.AlterField(
                    model_name="needprofile",
                    name="school",
                    field=models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="needs",
                        to="schools.school",
                        verbose_name="school",
                    ),
                ),
                migrations.AlterField(
                    model_name="schoolplanfeed",
                    name="school",
                    field=models.OneToOneField(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="plan_feed",
                        to="schools.school",
                        verbose_name="school",
                    ),
                ),
                migrations.AlterField(
                    model_name="shortlistitem",
                    name="school",
                    field=models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="shortlist",
                        to="schools.school",
                        verbose_name="school",
                    ),
                ),
                migrations.DeleteModel(name="SchoolCoordinator"),
            ],
        ),
    ]
