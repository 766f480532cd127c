"""The school's application pages and the funder's workspace (server-side checks everywhere)."""

import csv
import os

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import FileResponse, Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from core.statemachine import IllegalMove
from offers.bookings.models import BookingRequest
from schools.access import school_ids

from . import committee, evidence, ledger, rules, statements
from .access import DECIDERS_ROLES, SCHOOL, funder_ids, is_editor, role_of, visible_applications
from .forms import ApplicationForm, AttachmentForm, MeetingForm, MoveForm, ScoreForm, VoteForm
from .machine import MACHINE
from .models import Application, Attachment, Contribution, Fund, Funder, Meeting, Score, Status


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
        "events": _labelled(application.events.select_related("actor__profile")),
        "parts": application.parts.all(),
        "offer": offer,
        "evidence": evidence.for_offer(offer) if role != SCHOOL else None,
        "need": application.request.need,
        "fund": application.procedure.fund,
        "criteria": criteria,
        "scores": scores,
        "may_score": role in DECIDERS_ROLES and bool(criteria),
        "move_form": MoveForm(),
        "attachments": application.attachments.all(),
        "may_attach": role == SCHOOL and application.status in OPEN_FOR_ATTACHMENTS,
        "attachment_form": AttachmentForm(),
        "school_review": offer.reviews.filter(school=application.request.school).first(),
        "by_committee": application.procedure.decision == "committee",
        "meetings": application.meetings.all() if role in DECIDERS_ROLES else [],
    }


def _labelled(events):
    """Each record entry with the words a reader knows: the state it led to, or 'committee'."""
    states = dict(Status.choices)
    events = list(events)
    for event in events:
        if event.move == "committee":
            event.label = _("Commissie")
        else:
            event.label = states.get(event.to_status, event.move)
    return events


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
            "to_committee": committee.eligible(request.user).exists(),
            "meetings": Meeting.objects.filter(funder_id__in=funder_ids(request.user))[:10],
            "contributions": Contribution.objects.filter(
                funder_id__in=funder_ids(request.user)
            ).select_related("fund", "funder")
            if not is_editor(request.user)
            else Contribution.objects.select_related("fund", "funder"),
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


OPEN_FOR_ATTACHMENTS = {Status.DRAFT, Status.SUBMITTED, Status.IN_REVIEW, Status.INFO_ASKED}


@login_required
@require_POST
def attach(request, pk):
    """The school adds a quote or plan while the application is still being decided."""
    application, role = _application_for(request, pk)
    if role != SCHOOL:
        raise PermissionDenied(_("Alleen de school voegt bijlagen toe."))
    form = AttachmentForm(request.POST, request.FILES)
    error = None
    if application.status not in OPEN_FOR_ATTACHMENTS:
        error = _("Na het besluit kunt u geen bijlagen meer toevoegen.")
    elif not form.is_valid():
        error = " ".join(form.errors.get("file", [])) or _("Kies een bestand.")
    if error:
        context = _detail_context(request, application, role)
        context["error"] = error
        return render(request, "fund/detail.html", context, status=400)
    upload = form.cleaned_data["file"]
    Attachment.objects.create(
        application=application,
        file=upload,
        name=os.path.basename(upload.name)[:200],
        uploaded_by=request.user,
    )
    messages.success(request, _("De bijlage is toegevoegd."))
    return redirect("fund:detail", pk=application.pk)


@login_required
def attachment(request, pk, attachment_pk):
    """An attachment, for the school, the scheme's funder and editors only (never a media URL)."""
    application, role = _application_for(request, pk)
    item = get_object_or_404(application.attachments, pk=attachment_pk)
    try:
        handle = item.file.open("rb")
    except FileNotFoundError as error:
        raise Http404 from error
    response = FileResponse(handle, as_attachment=True, filename=item.name)
    response["X-Content-Type-Options"] = "nosniff"
    response["Cache-Control"] = "private, no-store"
    return response


def _funder_for_meetings(user):
    ids = funder_ids(user)
    if not ids:
        raise PermissionDenied(_("Alleen leden van een financier beleggen een commissie."))
    return Funder.objects.filter(pk__in=ids)


@login_required
def meeting_new(request):
    """A funder member puts applications in review to a committee meeting."""
    funders = _funder_for_meetings(request.user)
    form = MeetingForm(request.POST or None, eligible=committee.eligible(request.user))
    error = None
    if request.method == "POST" and form.is_valid():
        chosen = list(form.cleaned_data["applications"])
        funder = chosen[0].procedure.funder if chosen else funders.first()
        try:
            meeting = committee.put_to_committee(
                request.user, funder, form.cleaned_data["date"], chosen
            )
        except IllegalMove as problem:
            error = str(problem)
        else:
            messages.success(request, _("De aanvragen liggen voor bij de commissie."))
            return redirect("fund:meeting", pk=meeting.pk)
    status = 400 if request.method == "POST" else 200
    return render(request, "fund/meeting_new.html", {"form": form, "error": error}, status=status)


def _meeting_for(request, pk):
    meeting = get_object_or_404(Meeting.objects.select_related("funder"), pk=pk)
    if meeting.funder_id not in funder_ids(request.user) and not is_editor(request.user):
        _refuse()
    return meeting


def _meeting_context(request, meeting):
    voters = committee.members(meeting)
    rows = []
    for application in meeting.applications.select_related(
        "request__school", "request__offer", "procedure__scheme"
    ):
        votes = list(meeting.votes.filter(application=application).select_related("voter__profile"))
        mine = next((vote for vote in votes if vote.voter_id == request.user.pk), None)
        rows.append(
            {
                "application": application,
                "votes": votes,
                "mine": mine,
                "may_vote": mine is None
                and application.status == Status.IN_REVIEW
                and request.user in voters,
                "form": VoteForm(prefix=f"a{application.pk}"),
            }
        )
    return {"meeting": meeting, "rows": rows, "voters": voters}


@login_required
def meeting(request, pk):
    meeting = _meeting_for(request, pk)
    return render(request, "fund/meeting.html", _meeting_context(request, meeting))


@login_required
@require_POST
def vote(request, pk, application_pk):
    meeting = _meeting_for(request, pk)
    if meeting.funder_id not in funder_ids(request.user):
        raise PermissionDenied(_("Alleen leden van de commissie stemmen."))
    application = get_object_or_404(meeting.applications, pk=application_pk)
    form = VoteForm(request.POST, prefix=f"a{application.pk}")
    error = None
    if not form.is_valid():
        error = _("Kies toekennen, afwijzen of onthouden.")
    else:
        try:
            outcome = committee.vote(
                meeting,
                application,
                request.user,
                form.cleaned_data["choice"],
                form.cleaned_data["note"].strip(),
            )
        except IllegalMove as problem:
            error = str(problem)
        else:
            messages.success(request, OUTCOMES.get(outcome, OUTCOMES[None]))
            return redirect("fund:meeting", pk=meeting.pk)
    context = _meeting_context(request, meeting)
    context["error"] = error
    return render(request, "fund/meeting.html", context, status=400)


OUTCOMES = {
    None: gettext_lazy("Uw stem is opgeslagen; de commissie wacht op de andere leden."),
    "grant": gettext_lazy("Iedereen heeft gestemd: de aanvraag is toegekend."),
    "reject": gettext_lazy("Iedereen heeft gestemd: de aanvraag is afgewezen."),
    "tie": gettext_lazy("Iedereen heeft gestemd, maar er is geen meerderheid."),
}


def _contribution_for(request, pk):
    contribution = get_object_or_404(Contribution.objects.select_related("funder", "fund"), pk=pk)
    if contribution.funder_id not in funder_ids(request.user) and not is_editor(request.user):
        raise PermissionDenied(_("Alleen de inlegger en de redactie zien dit overzicht."))
    return contribution


def _quarter(request):
    year, quarter = statements.current_quarter()
    try:
        year = int(request.GET.get("jaar", year))
        quarter = int(request.GET.get("kwartaal", quarter))
    except ValueError:
        raise Http404 from None
    if not (2000 <= year <= 2100 and 1 <= quarter <= 4):
        raise Http404
    return year, quarter


@login_required
def statement(request, pk):
    """A contributor's quarterly statement: where the money of its contribution went."""
    contribution = _contribution_for(request, pk)
    year, quarter = _quarter(request)
    previous = (year, quarter - 1) if quarter > 1 else (year - 1, 4)
    following = (year, quarter + 1) if quarter < 4 else (year + 1, 1)
    return render(
        request,
        "fund/statement.html",
        {
            "contribution": contribution,
            "year": year,
            "quarter": quarter,
            "previous": previous,
            "following": following,
            "statement": statements.statement(contribution, year, quarter),
        },
    )


@login_required
def statement_csv(request, pk):
    contribution = _contribution_for(request, pk)
    year, quarter = _quarter(request)
    found = statements.statement(contribution, year, quarter)
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = (
        f'attachment; filename="inleg-{contribution.pk}-{year}-k{quarter}.csv"'
    )
    writer = csv.writer(response)
    writer.writerow(
        ["school", "aanbod", "activiteit", "leerlingen", "toegekend", "betaald_kwartaal",
         "betaald_totaal", "verantwoording"]
    )  # fmt: skip
    for line in found["lines"]:
        writer.writerow(
            [line.school, line.offer, line.activity, line.pupils, line.drawn,
             line.paid_in_quarter, line.paid_to_date, " | ".join(line.reports)]
        )  # fmt: skip
    return response
