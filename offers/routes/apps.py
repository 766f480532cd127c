from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class RoutesConfig(AppConfig):
    """De Ontwikkelroute: each school's route with its coordinator, the programme's dashboard
    and report, and the system questions that go to policy."""

    name = "offers.routes"
    label = "routes"
    verbose_name = _("Ontwikkelroute")

    def ready(self):
        from core import sections

        from .sections import workspace_link

        sections.register("account_links", "routes/includes/workspace_link.html", workspace_link)
