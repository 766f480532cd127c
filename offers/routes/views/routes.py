"""A school's route: its phase and gate, milestones, visits, intake needs; and the
coordinator's workspace."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from core.statemachine import IllegalMove
from offers.bookings.models import BookingRequest

from ..access import COORDINATOR, LEAD
from ..forms import IntakeNeedForm, PhaseDocumentForm
from ..machine import ROUTE_MACHINE
from ..models import IntakeNeed, Milestone, Programme, Route, Visit
from ..models.programmes import PhaseKey
from ..queries import routes_with_figures, with_warnings
from ..services import mark_done, need_from_intake
from .common import route_for

WRITERS = {COORDINATOR, LEAD}


@login_required
def workspace(request):
    user = request.user
    mine = Route.objects.filter(coordinator=user)
    profile = getattr(user, "profile", None)
    school_id = profile.verified_school_id if profile is not None else None
    school_routes = Route.objects.filter(school_id=school_id) if school_id else Route.objects.none()
    return render(
        request,
        "routes/workspace.html",
        {
            "routes": with_warnings(routes_with_figures(mine)),
            "school_routes": routes_with_figures(school_routes.exclude(coordinator=user)),
            "programmes": Programme.objects.filter(leads=user),
        },
    )


@login_required
def route_detail(request, pk):
    route, role = route_for(request, pk)
    today = timezone.localdate()
    milestones = list(route.milestones.select_related("owner"))
    for milestone in milestones:
        milestone.overdue = milestone.is_overdue(today)
    documents = list(route.documents.select_related("document"))
    by_phase = [
        (label, [item for item in documents if item.phase == key])
        for key, label in PhaseKey.choices
        if any(item.phase == key for item in documents)
    ]
    agreements = list(route.agreements.select_related("offer", "request__offer"))
    for agreement in agreements:
        agreement.overdue = agreement.is_overdue(today)
    return render(
        request,
        "routes/route_detail.html",
        {
            "route": route,
            "role": role,
            "may_write": role in WRITERS,
            "moves": ROUTE_MACHINE.available(route, role),
            "milestones": milestones,
            "agreements": agreements,
            "documents_by_phase": by_phase,
            "document_form": PhaseDocumentForm(initial={"phase": route.phase}, prefix="document"),
            "visits": route.visits.filter(status=Visit.Status.FINAL),
            "intake": route.intake.select_related("theme", "need"),
            "events": route.events.select_related("actor"),
            "intake_form": IntakeNeedForm(),
            # What the school does in the Ontwikkelplaats shows on its route as it happens.
            "needs": route.school.needs.order_by("-created")[:20],
            "requests": BookingRequest.objects.filter(school=route.school)
            .select_related("offer")
            .order_by("-created")[:20],
        },
    )


@login_required
@require_POST
def route_move(request, pk, move):
    route, role = route_for(request, pk, WRITERS)
    try:
        ROUTE_MACHINE.run(
            route,
            move,
            request.user,
            {"confirmed": request.POST.get("confirmed") == "1", "note": request.POST.get("note")},
            role=role,
        )
    except IllegalMove as error:
        messages.error(request, str(error))
    else:
        messages.success(request, str(ROUTE_MACHINE.table[move].done))
    return redirect("routes:detail", pk=route.pk)


@login_required
@require_POST
def milestone_done(request, pk, milestone_pk):
    route, role = route_for(request, pk)
    milestone = get_object_or_404(Milestone, pk=milestone_pk, route=route)
    # The school may tick off what it owns; the coordinator and leads anything.
    if role not in WRITERS and milestone.owner_id != request.user.pk:
        messages.error(request, _("Alleen de eigenaar of de coördinator kan dit afvinken."))
    elif milestone.done_at is None:
        mark_done(milestone)
        messages.success(request, _("Afgevinkt."))
    return redirect("routes:detail", pk=route.pk)


@login_required
@require_POST
def intake_add(request, pk):
    route, role = route_for(request, pk, WRITERS)
    form = IntakeNeedForm(request.POST)
    if form.is_valid():
        form.instance.route = route
        form.save()
        messages.success(request, _("De ondersteuningsbehoefte is toegevoegd."))
    else:
        messages.error(request, _("Geef de ondersteuningsbehoefte een titel."))
    return redirect("routes:detail", pk=route.pk)


@login_required
@require_POST
def intake_to_need(request, pk, intake_pk):
    route, role = route_for(request, pk)
    intake = get_object_or_404(IntakeNeed, pk=intake_pk, route=route)
    need = need_from_intake(intake, request.user)
    messages.success(
        request,
        _("Hulpvraag '%(title)s' staat nu in de Ontwikkelplaats.") % {"title": need.title},
    )
    return redirect("routes:detail", pk=route.pk)
