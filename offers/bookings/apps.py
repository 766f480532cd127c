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

        from django.db.models.signals import post_delete, post_save

        from offers.models.sessions import places_changed

        from . import member_data  # noqa: F401 - connects the export and deletion receivers
        from .models import BookingRequest

        # A request holds places in its session (offers.models.sessions.kept_with_places).
        for signal in (post_save, post_delete):
            signal.connect(places_changed, sender=BookingRequest, dispatch_uid="bookings_places")
