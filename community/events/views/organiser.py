"""The organisers' list of attendees: see, export as CSV, and check people in."""

import csv

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from community.models import Discussion
from core.models import Theme
from core.statemachine import IllegalMove

from ..access import is_organiser
from ..forms import ReportForm
from ..machine import MACHINE, ORGANISER
from ..models import EventPage, EventReport, Registration
from ..signup import make_move


def _page_for(user, page_pk):
    page = get_object_or_404(EventPage, pk=page_pk)
    if not is_organiser(user, page):
        raise PermissionDenied
    return page


def _registrations(page):
    return (
        Registration.objects.filter(session__page=page)
        .select_related("session")
        .order_by("session__start", "status", "created")
    )


@login_required
def attendees(request, page_pk):
    page = _page_for(request.user, page_pk)
    registrations = list(_registrations(page))
    for registration in registrations:
        registration.moves = MACHINE.available(registration, ORGANISER)
    return render(request, "events/attendees.html", {"page": page, "registrations": registrations})


@login_required
def attendees_csv(request, page_pk):
    page = _page_for(request.user, page_pk)
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="deelnemers-{page.pk}.csv"'
    writer = csv.writer(response)
    writer.writerow(["sessie", "naam", "e-mail", "status", "aangemeld", "aanwezig"])
    for registration in _registrations(page):
        writer.writerow(
            [
                timezone.localtime(registration.session.start).strftime("%Y-%m-%d %H:%M"),
                # A leading = + - @ would be run as a formula by a spreadsheet.
                _safe(registration.name),
                registration.email,
                registration.status,
                timezone.localtime(registration.created).strftime("%Y-%m-%d %H:%M"),
                registration.checked_in_at
                and timezone.localtime(registration.checked_in_at).strftime("%H:%M")
                or "",
            ]
        )
    return response


def _safe(text):
    return "'" + text if text[:1] in ("=", "+", "-", "@") else text


@login_required
@require_POST
def organiser_move(request, pk):
    registration = get_object_or_404(Registration.objects.select_related("session"), pk=pk)
    page = _page_for(request.user, registration.session.page_id)
    move = request.POST.get("move", "")
    try:
        make_move(registration, move, request.user, role=ORGANISER)
    except IllegalMove as error:
        messages.error(request, str(error))
    else:
        messages.success(request, str(MACHINE.table[move].done))
    return redirect("events:attendees", page_pk=page.pk)


def _discussion_for(page, user):
    """The discussion after the event: under its first theme (or leadership and school
    development), about the event page."""
    theme = (
        page.themes.first()
        or Theme.objects.filter(
            slug="leiderschap-en-schoolontwikkeling", locale__language_code="nl"
        ).first()
    )
    if theme is None:
        return None
    return Discussion.objects.create(
        title=(_("Nabespreking: %(event)s") % {"event": page.title})[:200],
        body=_("Wat neemt u mee van '%(event)s'? Praat hier verder na de bijeenkomst.")
        % {"event": page.title},
        theme=theme,
        author=user,
        page=page,
    )


@login_required
def report(request, page_pk):
    """The organiser writes the short report after the event; it opens a discussion."""
    page = _page_for(request.user, page_pk)
    first = page.sessions.order_by("start").first()
    if first is None or first.start > timezone.now():
        messages.error(request, _("Een verslag kan na het begin van de bijeenkomst."))
        return redirect(page.url)
    existing = EventReport.objects.filter(page=page).first()
    form = ReportForm(request.POST or None, initial={"text": existing.text if existing else ""})
    if request.method == "POST" and form.is_valid():
        saved = existing or EventReport(page=page)
        saved.text, saved.author = form.cleaned_data["text"], request.user
        if saved.discussion_id is None:
            saved.discussion = _discussion_for(page, request.user)
        saved.save()
        messages.success(request, _("Het verslag staat op de pagina van de bijeenkomst."))
        return redirect(page.url)
    return render(
        request,
        "events/report_form.html",
        {"page": page, "form": form},
        status=400 if form.errors else 200,
    )
