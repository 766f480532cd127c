"""Ask for an offer, read a request with its thread, and answer it.

Every view checks the member's side on the server (offers.bookings.models.access) and answers
403 to anyone else; every change goes through offers.bookings.transitions. Pages are personal:
`never_cache` sends `Cache-Control: private, no-store`.
"""

import secrets

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from core.numbers import parse_int
from offers.models import NeedProfile, OfferPage
from schools.access import provider_page_of, school_ids, schools_of

from .. import limits, reviews, transitions
from ..choices import Side, Status
from ..forms import MessageForm, RequestForm
from ..machine import MACHINE
from ..models import BookingRequest, side_of
from ..transitions import TransitionError
from ..warnings import reach_warning, request_warnings
from .common import price_context, refuse


def _initial(request, offer, schools, sessions):
    """What the form can know already: the member, the first free date, the need's groups."""
    profile = getattr(request.user, "profile", None)
    initial = {
        "contact_name": getattr(profile, "display_name", ""),
        "contact_email": request.user.email,
        "submit_token": secrets.token_urlsafe(16),
    }
    if sessions:
        initial["session"] = sessions[0].pk
    if offer.group_size_max:
        initial["pupils"] = offer.group_size_max
    need_pk = parse_int(request.GET.get("hulpvraag"))
    if need_pk is not None:
        need = NeedProfile.objects.filter(pk=need_pk, school__in=schools).first()
        if need is not None:
            initial["need"] = need.pk
            initial["school"] = need.school_id
            initial["groups"] = ", ".join(group.name for group in need.target_groups.all())
            if need.pupils:
                initial["pupils"] = need.pupils
    return initial


@never_cache
@login_required
def request_create(request, offer_pk):
    """The request form of one offer (from the offer page, a match or the shortlist)."""
    offer = get_object_or_404(OfferPage.objects.live(), pk=offer_pk)
    schools = schools_of(request.user).order_by("name")
    if not schools.exists():
        refuse("school")
    source = offer.source_page()
    sessions = source.bookable_sessions()
    form = RequestForm(
        request.POST or None,
        offer=source,
        schools=schools,
        sessions=sessions,
        initial=_initial(request, source, schools, sessions),
    )
    status = 400 if request.method == "POST" else 200
    if request.method == "POST" and form.is_valid():
        token = form.cleaned_data["submit_token"]
        earlier = limits.claim_submit(request.user, token)
        if earlier is not None:
            messages.info(request, _("Deze aanvraag was al verstuurd."))
            if earlier == limits.PENDING:
                return redirect("bookings:my_school")
            return redirect("bookings:detail", pk=earlier)
        skipped = {"school", "submit_token"}
        fields = {k: v for k, v in form.cleaned_data.items() if k not in skipped}
        booking = None
        if not limits.take_request_slot(request.user):
            form.add_error(None, _("U heeft veel aanvragen verstuurd; probeert u het later."))
            status = 429
        else:
            try:
                booking = transitions.create_request(
                    request.user, form.cleaned_data["school"], source, **fields
                )
            except TransitionError as error:
                form.add_error(None, str(error))
        if booking is None:
            limits.release_submit(request.user, token)
        else:
            limits.remember_submit(request.user, token, booking.pk)
            messages.success(
                request,
                _("Uw aanvraag is verstuurd. De aanbieder krijgt een e-mail en antwoordt hier."),
            )
            return redirect("bookings:detail", pk=booking.pk)
    pupils = parse_int(form["pupils"].value())
    return render(
        request,
        "bookings/request_form.html",
        {
            "form": form,
            "offer": offer,
            "sessions": sessions,
            "on_request": source.on_request,
            "price": price_context(offer, pupils),
            # Before asking: does the offer reach the school? (one school: the usual case)
            "warnings": [reach_warning(source, schools[0])] if len(schools) == 1 else [],
        },
        status=status,
    )


def _booking_for(request, pk):
    booking = get_object_or_404(
        BookingRequest.objects.select_related(
            "school", "offer", "provider", "session", "funding_scheme", "need", "created_by"
        ),
        pk=pk,
    )
    return booking, side_of(request.user, booking)


def _form(move, booking, data=None):
    """The form of a move (bound to `data` when given), or None for a one-button move."""
    if move.form is None:
        return None
    if isinstance(move.form, type):
        return move.form(data, prefix=move.name)
    return move.form(booking, data, move.name)


def _forms(booking, side, bound=None):
    """The answers this side may give now, from the table (offers.bookings.machine):
    [{name, heading, button, primary, form}]. `form` is None for a one-button answer; a bound
    form (with its errors) replaces its own."""
    actions = []
    for move in MACHINE.available(booking, side):
        if move.name == "message":
            continue  # the thread's own form, below the steps
        form = _form(move, booking)
        if bound is not None and bound[0] == move.name:
            form = bound[1]
        actions.append(
            {
                "name": move.name,
                "heading": move.heading,
                "button": move.button,
                "primary": move.primary or (bound is not None and bound[0] == move.name),
                "form": form,
            }
        )
    return actions


def _render_detail(request, booking, side, bound=None, error=None, status=200):
    review = None
    if side == Side.SCHOOL and booking.status == Status.DONE:
        review = reviews.review_of(booking.school, booking.offer_id)
    return render(
        request,
        "bookings/request_detail.html",
        {
            "booking": booking,
            "side": side,
            "actions": _forms(booking, side, bound),
            "message_form": bound[1]
            if bound is not None and bound[0] == "message"
            else MessageForm(prefix="message"),
            "events": booking.events.select_related("actor__profile"),
            "error": error,
            "review": review,
            "price": price_context(booking.offer, booking.pupils),
            "warnings": request_warnings(booking),
            "objection_open": side == Side.SCHOOL
            and booking.status == Status.ACCEPTED
            and booking.provider_confirmed_at is not None,
        },
        status=status,
    )


@never_cache
@login_required
def request_detail(request, pk):
    booking, side = _booking_for(request, pk)
    if side is None:
        raise Http404  # as for a request that does not exist: no telling which numbers do
    return _render_detail(request, booking, side)


@never_cache
@login_required
@require_POST
def request_action(request, pk, action):
    """One answer to a request (POST); an illegal one says why and changes nothing."""
    move = MACHINE.table.get(action)
    if move is None or Side.SYSTEM in move.by:
        raise Http404
    booking, side = _booking_for(request, pk)
    if side is None:
        raise Http404  # as for a request that does not exist: no telling which numbers do
    form = _form(move, booking, request.POST)
    if form is not None and not form.is_valid():
        return _render_detail(
            request,
            booking,
            side,
            bound=(action, form),
            error=_("Controleer het formulier."),
            status=400,
        )
    if action == "message" and not limits.take_message_slot(request.user):
        error = _("U heeft veel berichten verstuurd; probeert u het later.")
        return _render_detail(request, booking, side, error=error, status=429)
    try:
        MACHINE.run(booking, action, request.user, dict(form.cleaned_data) if form else {})
    except PermissionDenied:
        refuse()
    except TransitionError as error:
        booking.refresh_from_db()
        return _render_detail(request, booking, side, error=str(error), status=400)
    messages.success(request, move.done)
    return redirect("bookings:detail", pk=booking.pk)


@never_cache
@login_required
def after_login(request):
    """Where a member lands after logging in: the workspace of its side."""
    if school_ids(request.user):
        return redirect("bookings:my_school")
    if provider_page_of(request.user) is not None:
        return redirect("bookings:my_offers")
    return redirect("community:my_profile")
