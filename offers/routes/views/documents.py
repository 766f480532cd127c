"""Documents per phase: added by the coordinator (or a lead), opened by the route's people
only, through this view; never through the public document URL."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import FileResponse
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from ..access import COORDINATOR, LEAD
from ..forms import PhaseDocumentForm
from ..models import PhaseDocument
from ..services import add_phase_document
from .common import route_for

WRITERS = {COORDINATOR, LEAD}


@login_required
@require_POST
def document_add(request, pk):
    route, _role = route_for(request, pk, WRITERS)
    form = PhaseDocumentForm(request.POST, request.FILES, prefix="document")
    if form.is_valid():
        data = form.cleaned_data
        add_phase_document(route, data["phase"], data["title"], data["file"], request.user)
        messages.success(request, _("Het document is toegevoegd."))
    else:
        for errors in form.errors.values():
            for error in errors:
                messages.error(request, error)
    return redirect(f"{route.get_absolute_url()}#documents-heading")


@login_required
def document(request, pk, document_pk):
    route, _role = route_for(request, pk)
    item = get_object_or_404(
        PhaseDocument.objects.select_related("document"), pk=document_pk, route=route
    )
    response = FileResponse(
        item.document.file.open("rb"), as_attachment=True, filename=item.document.filename
    )
    response["Cache-Control"] = "private, no-store"
    response["X-Robots-Tag"] = "noindex"
    return response
