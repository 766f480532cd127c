from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class FundConfig(AppConfig):
    """The Ontwikkelfonds: funders, their schemes' procedures, applications and the pooled fund."""

    name = "offers.fund"
    label = "fund"
    verbose_name = _("Ontwikkelfonds")
    default_auto_field = "django.db.models.BigAutoField"
