"""Leermeester–gezel for the broker (suggestions with reasons, proposing, every pair and when it
last met) and for a pair (accept, decline, the meeting log, ending)."""

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db import IntegrityError, transaction
from django.db.models import Max
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from core.statemachine import IllegalMove

from .pair_machine import PAIR_MACHINE, is_broker
from .pairs import Pair, PairingProfile, PairMeeting
from .suggest import score, suggest


class MeetingForm(forms.ModelForm):
    date = forms.DateField(label=gettext_lazy("Datum"), widget=forms.DateInput({"type": "date"}))

    class Meta:
        model = PairMeeting
        fields = ["date", "topic", "reflection"]


def _broker(user):
    if not is_broker(user):
        raise PermissionDenied


@login_required
def broker_overview(request):
    _broker(request.user)
    pairs = Pair.objects.select_related("master__profile", "apprentice__profile").annotate(
        last_met=Max("meetings__date")
    )
    return render(request, "networks/pairs_broker.html", {"suggestions": suggest(), "pairs": pairs})


@login_required
@require_POST
def propose(request):
    _broker(request.user)
    profiles = PairingProfile.objects.select_related("municipality").prefetch_related("themes")
    master = profiles.filter(user_id=_int(request.POST.get("master")), role="leermeester").first()
    apprentice = profiles.filter(user_id=_int(request.POST.get("apprentice")), role="gezel").first()
    found = score(master, apprentice) if master and apprentice else None
    if found is None:
        messages.error(request, _("Deze koppeling kan niet: kies een leermeester en een gezel."))
        return redirect("networks:pairs")
    try:
        with transaction.atomic():
            pair = Pair.objects.create(
                master=master.user,
                apprentice=apprentice.user,
                broker=request.user,
                reasons="\n".join(found.reasons),
            )
    except IntegrityError:
        messages.info(request, _("Deze twee zijn al gekoppeld."))
        return redirect("networks:pairs")
    messages.success(request, _("De koppeling is voorgesteld aan beiden."))
    return redirect("networks:pair", pk=pair.pk)


def _int(value):
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


def _pair_and_role(request, pk):
    pair = get_object_or_404(
        Pair.objects.select_related("master__profile", "apprentice__profile"), pk=pk
    )
    return pair, PAIR_MACHINE.role_of(request.user, pair)  # 403 for anyone else


@login_required
def pair_detail(request, pk):
    pair, role = _pair_and_role(request, pk)
    form = MeetingForm()
    if request.method == "POST":
        if pair.status not in (Pair.Status.ACCEPTED, Pair.Status.ACTIVE):
            messages.error(request, _("Een gesprek vastleggen kan bij een lopende koppeling."))
            return redirect("networks:pair", pk=pk)
        form = MeetingForm(request.POST)
        if form.is_valid():
            meeting = form.save(commit=False)
            meeting.pair, meeting.author = pair, request.user
            meeting.save()
            messages.success(request, _("Het gesprek is vastgelegd."))
            return redirect("networks:pair", pk=pk)
    return render(
        request,
        "networks/pair_detail.html",
        {
            "pair": pair,
            "role": role,
            "moves": PAIR_MACHINE.available(pair, role),
            "meetings": pair.meetings.all(),
            "form": form,
            "reasons": [line for line in pair.reasons.splitlines() if line],
        },
        status=400 if form.errors else 200,
    )


@login_required
@require_POST
def pair_move(request, pk):
    pair, _role = _pair_and_role(request, pk)
    move = request.POST.get("move", "")
    try:
        PAIR_MACHINE.run(pair, move, request.user, {"evaluation": request.POST.get("evaluation")})
    except IllegalMove as error:
        messages.error(request, str(error))
    else:
        messages.success(request, str(PAIR_MACHINE.table[move].done))
    return redirect("networks:pair", pk=pk)
