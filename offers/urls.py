"""Non-page views of the offers app (inside i18n_patterns: Dutch at /, English at /en/)."""

from django.urls import path
from django.utils.translation import gettext_lazy as _

from offers import needs_views, views

app_name = "offers"
urlpatterns = [
    path(_("kalender/"), views.calendar, name="calendar"),
    path(_("kalender.ics"), views.calendar_feed, name="calendar_feed"),
]

# Need profiles, matches, shortlist and plan of a school (offers.needs_views).
urlpatterns += [
    path(_("mijn-school/hulpvragen/"), needs_views.need_list, name="need_list"),
    path(_("mijn-school/hulpvragen/nieuw/"), needs_views.need_create, name="need_create"),
    path(_("mijn-school/hulpvragen/<int:pk>/"), needs_views.need_matches, name="need_matches"),
    path(_("mijn-school/hulpvragen/<int:pk>/bewerken/"), needs_views.need_edit, name="need_edit"),
    path(
        _("mijn-school/hulpvragen/<int:pk>/verwijderen/"),
        needs_views.need_delete,
        name="need_delete",
    ),
    path(
        _("mijn-school/hulpvragen/<int:pk>/kerndoelen/"),
        needs_views.need_curriculum,
        name="need_curriculum",
    ),
    path(_("mijn-school/hulpvragen/<int:pk>/plan/"), needs_views.need_plan, name="need_plan"),
    path(
        _("mijn-school/hulpvragen/<int:pk>/meldingen/"),
        needs_views.need_alert,
        name="need_alert",
    ),
    path(
        _("meldingen/afmelden/<str:token>/"),
        needs_views.alert_unsubscribe,
        name="alert_unsubscribe",
    ),
    path(_("mijn-school/<int:school_pk>/keuzelijst/"), needs_views.shortlist, name="shortlist"),
    path(_("mijn-school/keuzelijst/toevoegen/"), needs_views.shortlist_add, name="shortlist_add"),
    path(
        _("mijn-school/keuzelijst/<int:pk>/"),
        needs_views.shortlist_update,
        name="shortlist_update",
    ),
    path(
        _("mijn-school/keuzelijst/<int:pk>/uitgevoerd/"),
        needs_views.shortlist_done,
        name="shortlist_done",
    ),
    path(
        _("mijn-school/keuzelijst/<int:pk>/verwijderen/"),
        needs_views.shortlist_remove,
        name="shortlist_remove",
    ),
    path(_("mijn-school/agenda/<str:token>.ics"), needs_views.school_feed, name="school_feed"),
]
