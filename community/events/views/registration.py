"""Registering (members in one click, guests with a confirmed address), the registration's own
page behind its signed link, and the calendar files."""

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from core import ratelimit
from core.client_ip import client_ip
from core.statemachine import IllegalMove

from .. import signup
from ..access import check_visible
from ..calendar import feed_ics, registration_ics
from ..certificate import certificate_pdf
from ..forms import GuestForm
from ..machine import ATTENDEE, MACHINE
from ..models import EventSession, Registration
from ..signup import make_move
from ..tokens import feed_token, feed_user_pk, registration_pk, registration_token

GUEST_LIMIT = 5  # guest registrations per address per hour


def _session_or_404(pk, user=None):
    session = EventSession.objects.select_related("page").filter(pk=pk).first()
    if session is None or not session.page.live:
        raise Http404
    check_visible(user, session.page)  # a network's own event: members only
    return session


@require_POST
def register(request, session_pk):
    session = _session_or_404(session_pk, request.user)
    page_url = session.page.localized.url
    language = translation.get_language() or settings.LANGUAGE_CODE
    try:
        if request.user.is_authenticated:
            registration, created = signup.register_member(session.pk, request.user, language)
        else:
            form = GuestForm(request.POST)
            if not form.is_valid():
                return render(
                    request,
                    "events/guest_form.html",
                    {"form": form, "session": session, "page": session.page},
                    status=400,
                )
            key = f"events:guest:{client_ip(request)}"
            if not ratelimit.take(key, GUEST_LIMIT, 3600):
                messages.error(
                    request, _("Te veel aanmeldingen vanaf dit adres; probeer het later.")
                )
                return redirect(page_url)
            registration, created = signup.register_guest(
                session.pk, form.cleaned_data["name"], form.cleaned_data["email"], language
            )
            messages.success(
                request,
                _("Bijna klaar: bevestig uw aanmelding via de link in de e-mail die wij sturen."),
            )
            return redirect(page_url)
    except IllegalMove as error:
        messages.error(request, str(error))
        return redirect(page_url)
    if not created:
        messages.info(
            request,
            _("U bent al aangemeld (%(status)s).") % {"status": registration.get_status_display()},
        )
    elif registration.status == "awaiting":
        messages.info(
            request,
            _("Uw aanmelding is ontvangen. De organisator keurt haar goed; u krijgt bericht."),
        )
    elif registration.status == "waiting":
        messages.info(request, _("De sessie is vol: u staat op de wachtlijst."))
    else:
        messages.success(request, _("U bent ingeschreven. U krijgt een bevestiging per e-mail."))
    return redirect(page_url)


def _by_token(token):
    pk = registration_pk(token)
    registration = (
        Registration.objects.select_related("session__page", "session__municipality")
        .filter(pk=pk)
        .first()
        if pk
        else None
    )
    if registration is None:
        raise Http404
    return registration


def registration_page(request, token):
    """GET shows the registration and what can be done; POST makes the chosen move."""
    registration = _by_token(token)
    if request.method == "POST":
        move = request.POST.get("move", "")
        try:
            make_move(registration, move, request.user, role=ATTENDEE)
        except IllegalMove as error:
            messages.error(request, str(error))
        else:
            messages.success(request, str(MACHINE.table[move].done))
        return redirect(request.path)
    return render(
        request,
        "events/registration.html",
        {
            "registration": registration,
            "session": registration.session,
            "page": registration.session.page,
            "moves": MACHINE.available(registration, ATTENDEE),
            "token": token,
        },
    )


@require_GET
def registration_calendar(request, token):
    registration = _by_token(token)
    response = HttpResponse(registration_ics(registration), content_type="text/calendar")
    response["Content-Disposition"] = f'attachment; filename="bijeenkomst-{registration.pk}.ics"'
    return response


def _mine(user):
    return (
        Registration.objects.filter(user=user)
        .exclude(status__in=["cancelled", "expired", "declined"])
        .select_related("session__page", "session__municipality")
        .order_by("session__start")
    )


@login_required
def my_events(request):
    registrations = list(_mine(request.user))
    for registration in registrations:
        registration.token = registration_token(registration)
    return render(
        request,
        "events/my_events.html",
        {"registrations": registrations, "feed_token": feed_token(request.user)},
    )


@require_GET
def feed(request, token):
    """A member's registrations as a calendar feed (a signed link: calendar apps have no login)."""
    pk = feed_user_pk(token)
    if pk is None:
        raise Http404
    registrations = _mine(pk)
    response = HttpResponse(
        feed_ics(registrations, _("Mijn bijeenkomsten")), content_type="text/calendar"
    )
    response["Cache-Control"] = "private, no-store"
    return response


@login_required
@require_GET
def certificate(request, pk):
    """The attendee's own certificate of participation; nobody else's (403)."""
    registration = (
        Registration.objects.select_related("session__page", "session__municipality")
        .filter(pk=pk)
        .first()
    )
    if registration is None:
        raise Http404
    if registration.user_id != request.user.pk:
        raise PermissionDenied
    if registration.status != "attended":
        messages.error(request, _("Een bewijs van deelname is er voor wie aanwezig was."))
        return redirect("events:mine")
    pdf = certificate_pdf(registration, translation.get_language() or registration.language)
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="bewijs-van-deelname-{pk}.pdf"'
    return response
