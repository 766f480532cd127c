"""Learning networks (inside i18n_patterns: Dutch at /, English at /en/)."""

from django.urls import path
from django.utils.translation import gettext_lazy as _

from . import pair_views, views

app_name = "networks"
urlpatterns = [
    path(_("leernetwerken/"), views.network_list, name="list"),
    path(_("leermeester-gezel/"), pair_views.broker_overview, name="pairs"),
    path(_("leermeester-gezel/voorstellen/"), pair_views.propose, name="propose"),
    path(_("leermeester-gezel/meedoen/"), pair_views.opt_in, name="opt_in"),
    path(_("leermeester-gezel/<int:pk>/"), pair_views.pair_detail, name="pair"),
    path(_("leermeester-gezel/<int:pk>/stap/"), pair_views.pair_move, name="pair_move"),
    path(_("leernetwerken/lidmaatschap/<int:pk>/"), views.membership_move, name="move"),
    path(_("leernetwerken/<slug:slug>/"), views.network_detail, name="detail"),
    path(_("leernetwerken/<slug:slug>/aanmelden/"), views.join, name="join"),
    path(
        _("leernetwerken/<slug:slug>/documenten/delen/"),
        views.document_upload,
        name="document_upload",
    ),
    path(_("leernetwerken/<slug:slug>/documenten/<int:pk>/"), views.document, name="document"),
    path(
        _("leernetwerken/<slug:slug>/discussies/nieuw/"),
        views.discussion_create,
        name="discussion_create",
    ),
    path(
        _("leernetwerken/<slug:slug>/discussies/<int:pk>/"),
        views.discussion_detail,
        name="discussion",
    ),
]
