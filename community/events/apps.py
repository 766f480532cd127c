from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EventsConfig(AppConfig):
    """Events (bijeenkomsten) of the Leercommunity: pages with sessions, registrations and a
    waiting list."""

    name = "community.events"
    label = "events"
    verbose_name = _("Bijeenkomsten")
