"""Schools, their e-mail domains, profiles and coordinators move here from community and offers.

The tables stay where they are (each model names its old db_table), so no row moves: this
migration only tells Django's state that the models now belong to `schools`, and renames their
content types so that permissions, admin history and generic relations keep pointing at them.
community.0007, offers.0008 and bookings.0002 then point their foreign keys here and drop the
old models from their state, again without touching the database.
"""

import django.core.validators
import django.db.models.deletion
import schools.models.profiles
from django.conf import settings
from django.db import migrations, models

# (app the model came from, model name): their content types are renamed to app "schools".
MOVED = [
    ("community", "school"),
    ("community", "schoolemaildomain"),
    ("community", "profile"),
    ("offers", "schoolcoordinator"),
]


def rename_content_types(apps, schema_editor, forward=True):
    ContentType = apps.get_model("contenttypes", "ContentType")
    rows = ContentType.objects.using(schema_editor.connection.alias)
    for old_app, model in MOVED:
        source, target = (old_app, "schools") if forward else ("schools", old_app)
        if rows.filter(app_label=target, model=model).exists():
            continue  # created by an earlier partial run; keep it rather than clash
        # Same rows, same ids: permissions and admin history keep pointing at them. (The
        # content types' cache is cleared by `migrate` itself, in create_contenttypes.)
        rows.filter(app_label=source, model=model).update(app_label=target)


def rename_content_types_back(apps, schema_editor):
    rename_content_types(apps, schema_editor, forward=False)


class Migration(migrations.Migration):

    initial = True

    dependencies = [
        # The tables must exist in their last shape before the state takes them over.
        ('community', '0006_profile_public_id_unique'),
        ('offers', '0007_offer_daily_views'),
        ('contenttypes', '0002_remove_content_type_name'),
        ('core', '0003_site_settings_privacy_page'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
        migrations.swappable_dependency(settings.WAGTAIL_PAGE_MODEL),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            database_operations=[],
            state_operations=[
                migrations.CreateModel(
                    name='School',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('vestiging', models.CharField(max_length=6, unique=True, verbose_name='vestigingscode')),
                        ('brin', models.CharField(db_index=True, max_length=4, verbose_name='BRIN')),
                        ('name', models.CharField(max_length=200, verbose_name='naam')),
                        ('place', models.CharField(max_length=100, verbose_name='plaats')),
                        ('postcode', models.CharField(blank=True, max_length=10, verbose_name='postcode')),
                        ('street', models.CharField(blank=True, max_length=200, verbose_name='straat')),
                        ('house_number', models.CharField(blank=True, max_length=20, verbose_name='huisnummer')),
                        ('denomination', models.CharField(blank=True, max_length=100, verbose_name='denominatie')),
                        ('municipality', models.ForeignKey(blank=True, limit_choices_to={'kind': 'municipality'}, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='schools', to='core.region', verbose_name='gemeente')),
                    ],
                    options={
                        'verbose_name': 'school',
                        'verbose_name_plural': 'scholen',
                        'db_table': 'community_school',
                        'ordering': ['name', 'place'],
                    },
                ),
                migrations.CreateModel(
                    name='Profile',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('public_id', models.CharField(default=schools.models.profiles.new_public_id, editable=False, max_length=20, unique=True, verbose_name='openbare code')),
                        ('visibility', models.CharField(choices=[('private', 'Alleen ikzelf (en de redactie)'), ('members', 'Ingelogde leden; opgenomen in de ledenlijst voor leden'), ('public', 'Iedereen; opgenomen in de openbare ledenlijst')], default='private', help_text='Uw naam staat altijd bij uw berichten; uw profiel en de ledenlijst alleen als u dat hier kiest.', max_length=10, verbose_name='wie ziet mijn profiel')),
                        ('language', models.CharField(choices=[('nl', 'Nederlands'), ('en', 'English')], default='nl', help_text='In deze taal sturen wij u berichten.', max_length=10, verbose_name='taal van e-mails')),
                        ('display_name', models.CharField(help_text='Zo zien andere leden u.', max_length=100, verbose_name='naam')),
                        ('role', models.CharField(choices=[('teacher', 'Leerkracht'), ('school_leader', 'Schoolleider'), ('school_coordinator', 'Schoolcoördinator'), ('provider', 'Aanbieder'), ('funder', 'Financier'), ('municipality', 'Gemeente'), ('researcher', 'Onderzoeker'), ('other', 'Anders')], default='other', max_length=30, verbose_name='rol')),
                        ('organisation', models.CharField(blank=True, max_length=200, verbose_name='organisatie')),
                        ('bio', models.TextField(blank=True, max_length=1000, verbose_name='over mij')),
                        ('contribution', models.TextField(blank=True, max_length=1000, verbose_name='waarmee ik kan helpen')),
                        ('avatar', models.ImageField(blank=True, help_text='Optioneel; JPG, PNG of WebP, hoogstens 1 MB.', upload_to='avatars/', validators=[django.core.validators.FileExtensionValidator(['jpg', 'jpeg', 'png', 'webp']), schools.models.profiles.validate_avatar_size], verbose_name='profielfoto')),
                        ('verified_at', models.DateTimeField(blank=True, null=True, verbose_name='geverifieerd op')),
                        ('consent_at', models.DateTimeField(blank=True, null=True, verbose_name='toestemming gegeven op')),
                        ('privacy_version', models.CharField(blank=True, max_length=20, verbose_name='versie privacyverklaring')),
                        ('created', models.DateTimeField(auto_now_add=True, verbose_name='aangemaakt')),
                        ('provider_page', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.WAGTAIL_PAGE_MODEL, verbose_name='aanbiederspagina')),
                        ('region', models.ForeignKey(blank=True, help_text='Volgt de gemeente van uw school als u een school kiest.', null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='core.region', verbose_name='regio')),
                        ('themes', models.ManyToManyField(blank=True, db_table='community_profile_themes', related_name='+', to='core.theme', verbose_name="thema's")),
                        ('user', models.OneToOneField(on_delete=django.db.models.deletion.CASCADE, related_name='profile', to=settings.AUTH_USER_MODEL)),
                        ('school', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='members', to='schools.school', verbose_name='school')),
                        ('verified_school', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='verified_members', to='schools.school', verbose_name='geverifieerd voor school')),
                    ],
                    options={
                        'verbose_name': 'profiel',
                        'verbose_name_plural': 'profielen',
                        'db_table': 'community_profile',
                        'ordering': ['display_name'],
                    },
                ),
                migrations.CreateModel(
                    name='SchoolEmailDomain',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('domain', models.CharField(help_text="Bijvoorbeeld 'deregenboog.nl', zonder @.", max_length=200, unique=True, verbose_name='e-maildomein')),
                        ('school', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='email_domains', to='schools.school', verbose_name='school')),
                    ],
                    options={
                        'verbose_name': 'e-maildomein van een school',
                        'verbose_name_plural': 'e-maildomeinen van scholen',
                        'db_table': 'community_schoolemaildomain',
                        'ordering': ['domain'],
                    },
                ),
                migrations.CreateModel(
                    name='SchoolCoordinator',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('school', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='coordinators', to='schools.school', verbose_name='school')),
                        ('user', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='coordinated_schools', to=settings.AUTH_USER_MODEL, verbose_name='lid')),
                    ],
                    options={
                        'verbose_name': 'coördinator van een school',
                        'verbose_name_plural': 'coördinatoren van scholen',
                        'db_table': 'offers_schoolcoordinator',
                        'constraints': [models.UniqueConstraint(fields=('user', 'school'), name='unique_school_coordinator')],
                    },
                ),
            ],
        ),
        migrations.RunPython(rename_content_types, rename_content_types_back),
    ]
