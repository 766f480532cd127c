"""Leermeester–gezel for the broker (suggestions with reasons, proposing, every pair and when it
last met) and for a pair (accept, decline, the meeting log, ending)."""

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db import IntegrityError, transaction
from django.db.models import Max, Q
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from core.models import Region, Theme
from core.models.taxonomy import localized_terms
from core.statemachine import IllegalMove
from schools.access import profile_of

from .pair_machine import PAIR_MACHINE, is_broker
from .pairs import HALF_DAYS, Pair, PairingProfile, PairMeeting
from .suggest import OPEN, score, suggest

PHASES = [
    (1, gettext_lazy("1 – oriënteren: de school verkent haar ontwikkelvraag")),
    (2, gettext_lazy("2 – beginnen: de eerste stappen zijn gezet")),
    (3, gettext_lazy("3 – uitbouwen: de aanpak werkt en groeit")),
    (4, gettext_lazy("4 – borgen: de aanpak hoort bij de school")),
]
MOST_APPRENTICES = 5


class OptInForm(forms.ModelForm):
    """A school leader's opt-in: as leermeester or gezel, on which themes, how far along, where,
    when (half-days), and for a leermeester how many gezellen."""

    role = forms.ChoiceField(
        label=gettext_lazy("Ik doe mee als"),
        choices=PairingProfile.Role.choices,
        widget=forms.RadioSelect,
        help_text=gettext_lazy(
            "Leermeester: uw school is verder en u begeleidt een collega. "
            "Gezel: u leert van een schoolleider die verder is."
        ),
    )
    themes = forms.ModelMultipleChoiceField(
        label=gettext_lazy("Thema's"),
        queryset=Theme.objects.none(),
        widget=forms.CheckboxSelectMultiple,
        error_messages={"required": gettext_lazy("Kies ten minste één thema.")},
    )
    phase = forms.TypedChoiceField(
        label=gettext_lazy("Fase van de ontwikkeling van uw school"),
        choices=PHASES,
        coerce=int,
        widget=forms.RadioSelect,
    )
    municipality = forms.ModelChoiceField(
        label=gettext_lazy("Gemeente van uw school"),
        queryset=Region.objects.filter(kind="municipality").order_by("name"),
        empty_label=gettext_lazy("Kies een gemeente"),
        error_messages={"required": gettext_lazy("Kies de gemeente van uw school.")},
    )
    half_days = forms.MultipleChoiceField(
        label=gettext_lazy("Wanneer kunt u (dagdelen)"),
        choices=HALF_DAYS,
        widget=forms.CheckboxSelectMultiple,
        error_messages={"required": gettext_lazy("Kies ten minste één dagdeel.")},
    )
    capacity = forms.IntegerField(
        label=gettext_lazy("Hoeveel gezellen neemt u aan (alleen leermeesters)"),
        min_value=1,
        max_value=MOST_APPRENTICES,
        initial=1,
        required=False,
    )

    class Meta:
        model = PairingProfile
        fields = ["role", "themes", "phase", "municipality", "half_days", "capacity"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        themes = Theme.objects.filter(locale__language_code="nl")
        self.fields["themes"].queryset = themes
        names = {
            theme.pk: shown.name
            for theme, shown in zip(themes, localized_terms(themes), strict=True)
        }
        self.fields["themes"].label_from_instance = lambda theme: names.get(theme.pk, theme.name)
        if self.instance.pk:
            self.initial["half_days"] = sorted(self.instance.half_day_set)

    def clean_half_days(self):
        return ",".join(self.cleaned_data["half_days"])

    def clean(self):
        data = super().clean()
        if data.get("role") == PairingProfile.Role.MASTER:
            if not data.get("capacity"):
                self.add_error("capacity", _("Geef aan hoeveel gezellen u aanneemt (1 tot 5)."))
        else:
            data["capacity"] = 1
        return data


def _may_opt_in(user):
    profile = profile_of(user)
    return profile is not None and profile.role == "school_leader"


@login_required
def opt_in(request):
    """Opt in, change the answers, or withdraw (school leaders only)."""
    if not _may_opt_in(request.user):
        raise PermissionDenied
    current = PairingProfile.objects.filter(user=request.user).first()
    if request.method == "POST" and request.POST.get("withdraw"):
        if current is not None:
            current.delete()
            messages.success(
                request,
                _("U doet niet meer mee; u wordt niet meer voorgesteld voor een koppeling."),
            )
        return redirect("networks:opt_in")
    form = OptInForm(request.POST or None, instance=current)
    if request.method == "POST" and form.is_valid():
        saved = form.save(commit=False)
        saved.user = request.user
        saved.save()
        form.save_m2m()
        saved_first = _(
            "Uw gegevens zijn opgeslagen. De makelaar gebruikt ze om koppelingen voor te stellen."
        )
        messages.success(
            request, saved_first if current is None else _("Uw wijzigingen zijn opgeslagen.")
        )
        return redirect("networks:opt_in")
    pairs = Pair.objects.filter(status__in=OPEN).filter(
        Q(master=request.user) | Q(apprentice=request.user)
    )
    return render(
        request,
        "networks/opt_in.html",
        {"form": form, "current": current, "pairs": pairs},
        status=400 if form.errors else 200,
    )


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
