"""Non-page views of the offers app (inside i18n_patterns: Dutch at /, English at /en/)."""

from django.urls import path
from django.utils.translation import gettext_lazy as _

from offers import views
from offers.needs.views import alerts, feed, needs, shortlist

app_name = "offers"
urlpatterns = [
    path(_("kalender/"), views.calendar, name="calendar"),
    path(_("kalender.ics"), views.calendar_feed, name="calendar_feed"),
    path("gezien/aanbod/<int:pk>.gif", views.offer_seen, name="offer_seen"),
]

# Need profiles, matches, shortlist and plan of a school (offers.needs.views).
urlpatterns += [
    path(_("mijn-school/hulpvragen/"), needs.need_list, name="need_list"),
    path(_("mijn-school/hulpvragen/nieuw/"), needs.need_create, name="need_create"),
    path(_("mijn-school/hulpvragen/<int:pk>/"), needs.need_matches, name="need_matches"),
    path(_("mijn-school/hulpvragen/<int:pk>/bewerken/"), needs.need_edit, name="need_edit"),
    path(
        _("mijn-school/hulpvragen/<int:pk>/verwijderen/"),
        needs.need_delete,
        name="need_delete",
    ),
    path(
        _("mijn-school/hulpvragen/<int:pk>/kerndoelen/"),
        needs.need_curriculum,
        name="need_curriculum",
    ),
    path(_("mijn-school/hulpvragen/<int:pk>/plan/"), needs.need_plan, name="need_plan"),
    path(
        _("mijn-school/hulpvragen/<int:pk>/meldingen/"),
        alerts.need_alert,
        name="need_alert",
    ),
    path(
        _("meldingen/afmelden/<str:token>/"),
        alerts.alert_unsubscribe,
        name="alert_unsubscribe",
    ),
    path(_("mijn-school/<int:school_pk>/keuzelijst/"), shortlist.shortlist, name="shortlist"),
    path(_("mijn-school/keuzelijst/toevoegen/"), shortlist.shortlist_add, name="shortlist_add"),
    path(
        _("mijn-school/keuzelijst/<int:pk>/"),
        shortlist.shortlist_update,
        name="shortlist_update",
    ),
    path(
        _("mijn-school/keuzelijst/<int:pk>/verwijderen/"),
        shortlist.shortlist_remove,
        name="shortlist_remove",
    ),
    path(_("mijn-school/agenda/<str:token>.ics"), feed.school_feed, name="school_feed"),
    path(_("mijn-school/<int:school_pk>/agenda/vernieuwen/"), feed.renew_feed, name="renew_feed"),
]
