from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ServingConfig(AppConfig):
    """Production serving: the anonymous page cache and its purges, and the health check."""

    name = "serving"
    verbose_name = _("Serveren")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from django.apps import apps
        from django.db.models.signals import post_migrate

        from . import signals

        # Once per `migrate` (every deploy runs it): pages and pieces of pages (core.fragments)
        # that the old code rendered are not served by the new. Sent per app with models
        # (this one has none): Wagtail's pages app stands for the run.
        post_migrate.connect(signals.code_changed, sender=apps.get_app_config("wagtailcore"))
