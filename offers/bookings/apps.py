from django.apps import AppConfig
from django.utils.translation import pgettext_lazy


class BookingsConfig(AppConfig):
    """Requests (aanvragen) from schools for offers, their bookings and the two workspaces."""

    name = "offers.bookings"
    # Not "requests": a package of that name would shadow the HTTP library in some imports.
    label = "bookings"
    verbose_name = pgettext_lazy("verzoeken van scholen", "Aanvragen")

    def ready(self):
        from core import sections

        from .sections import workspace_links

        # The site's header (templates/components/account_links.html) shows the workspaces.
        sections.register(
            "account_links", "bookings/includes/workspace_links.html", workspace_links
        )

        from . import member_data  # noqa: F401 - connects the export and deletion receivers
