"""Registrations and the organisers' lists (inside i18n_patterns: Dutch at /, English at /en/)."""

from django.urls import path
from django.utils.translation import gettext_lazy as _

from .views import organiser
from .views import registration as views

app_name = "events"
urlpatterns = [
    path(_("bijeenkomsten/sessie/<int:session_pk>/aanmelden/"), views.register, name="register"),
    path(
        _("bijeenkomsten/inschrijving/<str:token>/"),
        views.registration_page,
        name="registration",
    ),
    path(
        _("bijeenkomsten/inschrijving/<str:token>/agenda.ics"),
        views.registration_calendar,
        name="registration_ics",
    ),
    path(_("bijeenkomsten/mijn/"), views.my_events, name="mine"),
    path(
        _("bijeenkomsten/mijn/<int:pk>/bewijs-van-deelname.pdf"),
        views.certificate,
        name="certificate",
    ),
    path(_("bijeenkomsten/agenda/<str:token>.ics"), views.feed, name="feed"),
    path(_("bijeenkomsten/<int:page_pk>/deelnemers/"), organiser.attendees, name="attendees"),
    path(
        _("bijeenkomsten/<int:page_pk>/deelnemers.csv"),
        organiser.attendees_csv,
        name="attendees_csv",
    ),
    path(_("bijeenkomsten/deelnemer/<int:pk>/"), organiser.organiser_move, name="organiser_move"),
    path(_("bijeenkomsten/<int:page_pk>/verslag/"), organiser.report, name="report"),
]
