from django.apps import AppConfig
from django.utils.translation import pgettext_lazy


class BookingsConfig(AppConfig):
    """Requests (aanvragen) from schools for offers, their bookings and the two workspaces."""

    name = "offers.bookings"
    # Not "requests": a package of that name would shadow the HTTP library in some imports.
    label = "bookings"
    verbose_name = pgettext_lazy("verzoeken van scholen", "Aanvragen")
