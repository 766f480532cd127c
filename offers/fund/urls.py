"""The fund's pages (inside i18n_patterns: Dutch at /, English at /en/)."""

from django.urls import path
from django.utils.translation import gettext_lazy as _

from . import public, views

app_name = "fund"
urlpatterns = [
    path(_("fonds/aanvragen/nieuw/<int:request_pk>/"), views.apply, name="apply"),
    path(_("fonds/aanvragen/<int:pk>/"), views.detail, name="detail"),
    path(_("fonds/aanvragen/<int:pk>/stap/<slug:move>/"), views.action, name="action"),
    path(_("fonds/aanvragen/<int:pk>/score/<int:criterion_pk>/"), views.score, name="score"),
    path(_("fonds/aanvragen/<int:pk>/bijlage/"), views.attach, name="attach"),
    path(
        _("fonds/aanvragen/<int:pk>/bijlage/<int:attachment_pk>/"),
        views.attachment,
        name="attachment",
    ),
    path(_("fonds/werkplek/"), views.workspace, name="workspace"),
    path(_("fonds/commissie/nieuw/"), views.meeting_new, name="meeting_new"),
    path(_("fonds/commissie/<int:pk>/"), views.meeting, name="meeting"),
    path(_("fonds/commissie/<int:pk>/stem/<int:application_pk>/"), views.vote, name="vote"),
    path(_("fonds/inleg/<int:pk>/overzicht/"), views.statement, name="statement"),
    path(_("fonds/inleg/<int:pk>/overzicht.csv"), views.statement_csv, name="statement_csv"),
    path(_("fonds/werkplek/aanvragen.csv"), views.export, name="export"),
    path(_("fonds/kaf-van-het-koren/"), public.evidence, name="evidence"),
    path(_("fonds/transparantie/"), public.transparency, name="transparency"),
]
