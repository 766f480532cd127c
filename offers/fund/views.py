"""The school's application pages and the funder's workspace (server-side checks everywhere)."""

import csv

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from core.statemachine import IllegalMove
from offers.bookings.models import BookingRequest
from schools.access import school_ids

from . import ledger, rules
from .access import DECIDERS_ROLES, funder_ids, is_editor, role_of, visible_applications
from .forms import ApplicationForm, MoveForm, ScoreForm
from .machine import MACHINE
from .models import Application, Fund, Score, Status


def _refuse():
    raise PermissionDenied(_("Alleen de school, de financier van de regeling en de redactie."))


@login_required
def apply(request, request_pk):
    """A school member applies for the activity of one of its school's requests."""
    booking = get_object_or_404(BookingRequest.objects.select_related("offer"), pk=request_pk)
    if booking.school_id not in school_ids(request.user):
        raise PermissionDenied(_("Alleen leden van de school kunnen hiervoor aanvragen."))
    cost = rules.offer_cost(booking.offer, booking.pupils)
    form = ApplicationForm(
        request.POST or None,
        initial={"pupils": booking.pupils, "activity": booking.offer.title, "amount_asked": cost},
    )
    if request.method == "POST" and form.is_valid():
        application = form.save(commit=False)
        application.request, application.offer_cost = booking, cost
        application.created_by = request.user
        application.save()
        messages.success(request, _("Uw concept staat klaar; controleer het en dien het in."))
        return redirect("fund:detail", pk=application.pk)
    return render(
        request, "fund/apply.html", {"form": form, "booking": booking, "offer_cost": cost}
    )


def _detail_context(request, application, role):
    offer = application.request.offer
    criteria = list(application.procedure.criteria.all())
    scores = list(application.scores.select_related("criterion", "reviewer"))
    return {
        "application": application,
        "role": role,
        "moves": MACHINE.available(application, role),
        "failures": rules.failures(application) if application.status == Status.DRAFT else [],
        "events": application.events.select_related("actor"),
        "parts": application.parts.all(),
        "offer": offer,
        "done_activities": BookingRequest.objects.filter(offer=offer, status="done").count(),
        "fund": application.procedure.fund,
        "criteria": criteria,
        "scores": scores,
        "may_score": role in DECIDERS_ROLES and bool(criteria),
        "move_form": MoveForm(),
    }


def _application_for(request, pk):
    application = get_object_or_404(
        Application.objects.select_related(
            "request__school", "request__offer", "procedure__scheme", "procedure__funder"
        ),
        pk=pk,
    )
    role = role_of(request.user, application)
    if role is None:
        _refuse()
    return application, role


@login_required
def detail(request, pk):
    application, role = _application_for(request, pk)
    return render(request, "fund/detail.html", _detail_context(request, application, role))


@login_required
@require_POST
def action(request, pk, move):
    if move not in MACHINE.table:
        raise Http404
    application, role = _application_for(request, pk)
    form = MoveForm(request.POST)
    data = dict(form.cleaned_data) if form.is_valid() else {}
    try:
        MACHINE.run(application, move, request.user, data, role=role)
    except IllegalMove as error:
        application.refresh_from_db()
        context = _detail_context(request, application, role)
        context["error"] = str(error)
        return render(request, "fund/detail.html", context, status=400)
    messages.success(request, MACHINE.table[move].done)
    return redirect("fund:detail", pk=application.pk)


@login_required
@require_POST
def score(request, pk, criterion_pk):
    application, role = _application_for(request, pk)
    if role not in DECIDERS_ROLES:
        _refuse()
    criterion = get_object_or_404(application.procedure.criteria, pk=criterion_pk)
    form = ScoreForm(request.POST)
    if not form.is_valid():
        context = _detail_context(request, application, role)
        context["error"] = _("Geef een score van 0 tot en met 5.")
        return render(request, "fund/detail.html", context, status=400)
    Score.objects.update_or_create(
        application=application,
        criterion=criterion,
        reviewer=request.user,
        defaults=form.cleaned_data,
    )
    messages.success(request, _("Uw score is opgeslagen."))
    return redirect("fund:detail", pk=application.pk)


def _workspace_applications(user):
    if not (funder_ids(user) or is_editor(user)):
        return None
    if is_editor(user):
        return Application.objects.all()
    return Application.objects.filter(procedure__funder_id__in=funder_ids(user))


@login_required
def workspace(request):
    """The funder's applications by state (a school sees its own ones here too)."""
    found = _workspace_applications(request.user)
    if found is None:
        found = visible_applications(request.user)
        if not school_ids(request.user):
            _refuse()
    found = found.select_related("request__school", "request__offer", "procedure__scheme")
    by_state = [(label, [a for a in found if a.status == value]) for value, label in Status.choices]
    return render(
        request,
        "fund/workspace.html",
        {
            "by_state": [(label, rows) for label, rows in by_state if rows],
            "ledgers": _ledgers(request.user),
        },
    )


def _ledgers(user):
    """Each fund's ledger: a funder sees its own row and the totals, editors every row."""
    if not (funder_ids(user) or is_editor(user)):
        return []
    mine = set(funder_ids(user))
    result = []
    for fund in Fund.objects.order_by("name"):
        rows, total = ledger.per_funder(fund)
        if not is_editor(user):
            rows = [row for row in rows if row["funder"].pk in mine]
        result.append({"fund": fund, "rows": rows, "total": total})
    return result


@login_required
def export(request):
    found = _workspace_applications(request.user)
    if found is None:
        _refuse()
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="aanvragen.csv"'
    writer = csv.writer(response)
    writer.writerow(["id", "regeling", "school", "aanbod", "status", "gevraagd", "toegekend"])
    for application in found.select_related(
        "request__school", "request__offer", "procedure__scheme"
    ):
        writer.writerow(
            [
                application.pk,
                application.procedure.scheme.title,
                application.request.school.name,
                application.request.offer.title,
                application.status,
                application.amount_asked,
                application.amount_granted or "",
            ]
        )
    return response
