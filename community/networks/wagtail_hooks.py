"""Wagtail's own document URL refuses a network's shared documents to anyone outside the
network: they are read through `views.document`, which checks membership."""

from django.core.exceptions import PermissionDenied
from django.http import Http404
from wagtail import hooks

from .models import NetworkDocument
from .views import is_inside


@hooks.register("before_serve_document")
def network_documents_for_members_only(document, request):
    shared = NetworkDocument.objects.filter(document=document).select_related("network").first()
    if shared is None or is_inside(request.user, shared.network):
        return None
    if not request.user.is_authenticated:
        raise Http404
    raise PermissionDenied
