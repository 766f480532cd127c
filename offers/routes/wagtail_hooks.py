"""Admin screens of the Ontwikkelroute: programmes, the template's phases and activities (an
editor's change reaches only routes started afterwards), and the system questions."""

from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.viewsets.model import ModelViewSet, ModelViewSetGroup

from .models import Phase, PhaseDocument, PlannedActivity, Programme, SystemQuestion


class ProgrammeViewSet(ModelViewSet):
    name = "routes_programme"
    url_prefix = "routes/programmes"
    model = Programme
    icon = "list-ul"
    menu_label = _("Programma's")
    list_display = ["name", "start_year", "end_year", "caseload_max"]
    form_fields = ["name", "start_year", "end_year", "leads", "caseload_max"]


class PhaseViewSet(ModelViewSet):
    name = "routes_phase"
    url_prefix = "routes/phases"
    model = Phase
    icon = "list-ol"
    menu_label = _("Fasen van het sjabloon")
    list_display = ["name", "template", "order"]
    form_fields = ["template", "key", "order", "name", "gate"]


class ActivityViewSet(ModelViewSet):
    name = "routes_activity"
    url_prefix = "routes/activities"
    model = PlannedActivity
    icon = "date"
    menu_label = _("Geplande activiteiten")
    list_display = ["title", "phase", "offset_days", "is_visit"]
    form_fields = ["phase", "title", "offset_days", "is_visit"]


class QuestionViewSet(ModelViewSet):
    name = "routes_question"
    url_prefix = "routes/questions"
    model = SystemQuestion
    icon = "help"
    menu_label = _("Systeemvragen")
    list_display = ["title", "level", "status", "published"]
    list_filter = ["status", "level", "published"]
    # Status moves go through the site's page (the state machine and its audit trail).
    form_fields = ["title", "theme", "level", "example", "published"]


class RoutesGroup(ModelViewSetGroup):
    menu_label = _("Ontwikkelroute")
    menu_icon = "site"
    menu_order = 260
    items = (ProgrammeViewSet, PhaseViewSet, ActivityViewSet, QuestionViewSet)


@hooks.register("register_admin_viewset")
def register_routes_viewsets():
    return RoutesGroup()


@hooks.register("before_serve_document")
def route_documents_are_not_public(document, request):
    """A route's document is opened through the route (permission-checked), never here."""
    if PhaseDocument.objects.filter(document=document).exists():
        raise PermissionDenied
    return None
