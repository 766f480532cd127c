"""Agreements with partners on a route: the coordinator (and the programme's leads) add, change
and remove them; the school's members read them on the route."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from ..access import COORDINATOR, LEAD
from ..forms import AgreementForm
from ..models import Agreement
from .common import route_for

WRITERS = {COORDINATOR, LEAD}


@login_required
def agreement_form(request, pk, agreement_pk=None):
    route, _role = route_for(request, pk, WRITERS)
    agreement = get_object_or_404(Agreement, pk=agreement_pk, route=route) if agreement_pk else None
    form = AgreementForm(request.POST or None, instance=agreement, route=route)
    if request.method == "POST" and form.is_valid():
        item = form.save(commit=False)
        if agreement is None:
            item.created_by = request.user
        item.updated = timezone.now()
        item.save()
        messages.success(request, _("De afspraak is bewaard."))
        return redirect(f"{route.get_absolute_url()}#agreements-heading")
    return render(
        request,
        "routes/agreement_form.html",
        {"route": route, "form": form, "agreement": agreement},
        status=400 if form.is_bound else 200,
    )


@login_required
@require_POST
def agreement_delete(request, pk, agreement_pk):
    route, _role = route_for(request, pk, WRITERS)
    get_object_or_404(Agreement, pk=agreement_pk, route=route).delete()
    messages.success(request, _("De afspraak is verwijderd."))
    return redirect(f"{route.get_absolute_url()}#agreements-heading")
