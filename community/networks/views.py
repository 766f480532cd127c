"""Networks: the list, a network's page (its schools for everyone, its people for members and the
coordinator), asking to join, and the coordinator's answers."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db import IntegrityError, transaction
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from core.statemachine import IllegalMove

from .machine import MACHINE
from .models import Membership, Network

Status = Membership.Status


def network_list(request):
    networks = Network.objects.select_related("region", "theme")
    return render(request, "networks/network_list.html", {"networks": networks})


def network_detail(request, slug):
    network = get_object_or_404(Network.objects.select_related("coordinator__profile"), slug=slug)
    memberships = network.memberships.select_related("user__profile", "school")
    admitted = [m for m in memberships if m.status == Status.ADMITTED]
    user = request.user
    mine = next((m for m in memberships if user.is_authenticated and m.user_id == user.pk), None)
    mine = mine if mine is not None and mine.status in (Status.REQUESTED, Status.ADMITTED) else None
    is_coordinator = user.is_authenticated and network.coordinator_id == user.pk
    inside = is_coordinator or (mine is not None and mine.status == Status.ADMITTED)
    requests = []
    if is_coordinator:
        requests = [m for m in memberships if m.status == Status.REQUESTED]
        for membership in requests:
            membership.moves = MACHINE.available(membership, "coordinator")
    schools = sorted({m.school.name for m in admitted if m.school_id})
    return render(
        request,
        "networks/network_detail.html",
        {
            "network": network,
            "schools": schools,
            "people": admitted if inside else None,
            "mine": mine,
            "requests": requests,
            "is_coordinator": is_coordinator,
            # Its own events (EventPage.network, filled by community.events): members only.
            "events": network.events.live().filter(locale__language_code="nl").order_by("title")
            if inside
            else None,
        },
    )


@login_required
@require_POST
def join(request, slug):
    network = get_object_or_404(Network, slug=slug)
    profile = getattr(request.user, "profile", None)
    try:
        with transaction.atomic():
            membership = Membership.objects.create(
                network=network,
                user=request.user,
                school=getattr(profile, "verified_school", None),
                motivation=request.POST.get("motivation", "")[:1000],
            )
            membership.entries.create(move="ask", actor=request.user, to_status=Status.REQUESTED)
    except IntegrityError:  # asked before, or already a member: the constraint says so
        messages.info(request, _("U heeft al gevraagd of bent al lid."))
    else:
        messages.success(request, _("Uw verzoek is verstuurd; de coördinator beslist."))
    return redirect("networks:detail", slug=slug)


@login_required
@require_POST
def membership_move(request, pk):
    membership = get_object_or_404(Membership.objects.select_related("network"), pk=pk)
    move = request.POST.get("move", "")
    try:
        MACHINE.run(membership, move, request.user)  # 403 for anyone not involved
    except IllegalMove as error:
        messages.error(request, str(error))
    else:
        messages.success(request, str(MACHINE.table[move].done))
    return redirect("networks:detail", slug=membership.network.slug)
