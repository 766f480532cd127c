from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SchoolsConfig(AppConfig):
    """Schools, their e-mail domains, members' profiles and who acts for which school or
    provider: the ground floor that community and offers both build on (it imports neither)."""

    name = "schools"
    verbose_name = _("Scholen en leden")
    default_auto_field = "django.db.models.BigAutoField"
