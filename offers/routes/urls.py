"""De Ontwikkelroute (inside i18n_patterns: Dutch at /, English at /en/)."""

from django.urls import path
from django.utils.translation import gettext_lazy as _

from .views import agreements, dashboard, documents, questions, routes, visits

app_name = "routes"
urlpatterns = [
    path(_("mijn-route/"), routes.workspace, name="workspace"),
    path(_("ontwikkelroute/<int:pk>/"), routes.route_detail, name="detail"),
    path(_("ontwikkelroute/<int:pk>/fase/<slug:move>/"), routes.route_move, name="move"),
    path(
        _("ontwikkelroute/<int:pk>/mijlpaal/<int:milestone_pk>/gedaan/"),
        routes.milestone_done,
        name="milestone_done",
    ),
    path(_("ontwikkelroute/<int:pk>/intake/"), routes.intake_add, name="intake_add"),
    path(
        _("ontwikkelroute/<int:pk>/intake/<int:intake_pk>/hulpvraag/"),
        routes.intake_to_need,
        name="intake_to_need",
    ),
    path(_("ontwikkelroute/<int:pk>/bezoek/"), visits.visit_form, name="visit"),
    path(_("ontwikkelroute/<int:pk>/document/"), documents.document_add, name="document_add"),
    path(
        _("ontwikkelroute/<int:pk>/document/<int:document_pk>/"),
        documents.document,
        name="document",
    ),
    path(
        _("ontwikkelroute/<int:pk>/afspraak/nieuw/"),
        agreements.agreement_form,
        name="agreement_add",
    ),
    path(
        _("ontwikkelroute/<int:pk>/afspraak/<int:agreement_pk>/"),
        agreements.agreement_form,
        name="agreement_edit",
    ),
    path(
        _("ontwikkelroute/<int:pk>/afspraak/<int:agreement_pk>/verwijderen/"),
        agreements.agreement_delete,
        name="agreement_delete",
    ),
    path(_("programma/<int:pk>/"), dashboard.dashboard, name="dashboard"),
    path(_("programma/<int:pk>/route-starten/"), dashboard.route_start, name="route_start"),
    path(_("programma/<int:pk>/scholen.csv"), dashboard.dashboard_csv, name="dashboard_csv"),
    path(_("programma/<int:pk>/rapportage/"), dashboard.report, name="report"),
    path(_("programma/<int:pk>/rapportage.pdf"), dashboard.report_pdf, name="report_pdf"),
    path(_("systeemvragen/"), questions.question_list, name="questions"),
    path(_("systeemvragen/nieuw/"), questions.question_create, name="question_create"),
    path(_("systeemvragen/<int:pk>/"), questions.question_detail, name="question"),
    path(
        _("systeemvragen/<int:pk>/herkenbaar/"),
        questions.question_endorse,
        name="question_endorse",
    ),
    path(
        _("systeemvragen/<int:pk>/status/<slug:move>/"),
        questions.question_move,
        name="question_move",
    ),
    path(
        _("systeemvragen/<int:pk>/publiceren/"),
        questions.question_publish,
        name="question_publish",
    ),
    path(_("systeemvragen/<int:pk>/samenvoegen/"), questions.question_merge, name="question_merge"),
]
