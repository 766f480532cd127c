"""Signals the apps above connect to, so that this floor never imports them."""

from django.dispatch import Signal

# Sent after a profile was saved with a new provider page: kwargs `user` and `page` (a
# wagtailcore Page). offers grants the catalogue's provider permissions (offers.apps).
provider_page_linked = Signal()
