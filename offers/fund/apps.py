from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class FundConfig(AppConfig):
    """The Ontwikkelfonds: funders, their schemes' procedures, applications and the pooled fund."""

    name = "offers.fund"
    label = "fund"
    verbose_name = _("Ontwikkelfonds")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from core import sections

        from .sections import request_applications, scheme_procedure, workspace_link

        sections.register("account_links", "fund/includes/workspace_link.html", workspace_link)
        sections.register(
            "request_detail", "fund/includes/request_applications.html", request_applications
        )
        sections.register(
            "funding_scheme_procedure", "fund/includes/scheme_procedure.html", scheme_procedure
        )
