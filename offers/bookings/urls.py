"""Requests and the workspaces (inside i18n_patterns: Dutch at /, English at /en/)."""

from django.urls import path
from django.utils.translation import gettext_lazy as _

from .views import requests, workspaces

app_name = "bookings"
urlpatterns = [
    path(_("aanvragen/nieuw/<int:offer_pk>/"), requests.request_create, name="create"),
    path(_("aanvragen/<int:pk>/"), requests.request_detail, name="detail"),
    path(_("aanvragen/<int:pk>/<slug:action>/"), requests.request_action, name="action"),
    path(_("mijn-school/"), workspaces.my_school, name="my_school"),
    path(_("mijn-aanbod/"), workspaces.my_offers, name="my_offers"),
    path(_("mijn-aanbod/boekingen.csv"), workspaces.bookings_csv, name="bookings_csv"),
    path(_("na-inloggen/"), requests.after_login, name="after_login"),
]
