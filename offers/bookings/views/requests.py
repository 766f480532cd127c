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
from django.utils.translation import gettext_lazy
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from community.models import Review
from core.numbers import parse_int
from offers.models import NeedProfile, OfferPage, schools_of

from .. import limits, transitions
from ..choices import Side, Status
from ..forms import (
    AcceptDateForm,
    ConfirmForm,
    MessageForm,
    MomentForm,
    ReasonForm,
    RequestForm,
)
from ..models import BookingRequest, provider_page_of, school_ids, side_of
from ..transitions import TransitionError
from .common import forbidden


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
    return initial


@never_cache
@login_required
def request_create(request, offer_pk):
    """The request form of one offer (from the offer page, a match or the shortlist)."""
    offer = get_object_or_404(OfferPage.objects.live(), pk=offer_pk)
    schools = schools_of(request.user).order_by("name")
    if not schools.exists():
        return forbidden(request, "school")
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
    return render(
        request,
        "bookings/request_form.html",
        {"form": form, "offer": offer, "sessions": sessions, "on_request": source.on_request},
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


ACTION_TEXTS = {
    # name: (heading, button, primary: shown open rather than folded away)
    "accept": (gettext_lazy("Accepteren"), gettext_lazy("Aanvraag accepteren"), True),
    "accept-proposal": (gettext_lazy("Voorstel aannemen"), gettext_lazy("Voorstel aannemen"), True),
    "confirm": (
        gettext_lazy("Heeft de activiteit plaatsgevonden?"),
        gettext_lazy("Antwoord versturen"),
        True,
    ),
    "propose": (
        gettext_lazy("Ander moment voorstellen"),
        gettext_lazy("Voorstel versturen"),
        False,
    ),
    "decline": (gettext_lazy("Afwijzen"), gettext_lazy("Aanvraag afwijzen"), False),
    "decline-proposal": (
        gettext_lazy("Voorstel afwijzen"),
        gettext_lazy("Voorstel afwijzen"),
        False,
    ),
    "cancel": (gettext_lazy("Annuleren"), gettext_lazy("Aanvraag annuleren"), False),
}


def _forms(booking, side, bound=None):
    """The answers this side may give now: [{name, heading, button, primary, form}].

    `form` is None for a one-button answer; a bound form (with its errors) replaces its own.
    """
    forms = {}
    status = booking.status
    if side == Side.PROVIDER and status == Status.NEW:
        forms["accept"] = (
            AcceptDateForm(booking=booking, prefix="accept") if booking.session_id is None else None
        )
    if side == Side.SCHOOL and status == Status.PROPOSED:
        forms["accept-proposal"] = None
    if status == Status.ACCEPTED and booking.has_passed:
        answered = side == Side.PROVIDER and booking.provider_confirmed_at is not None
        if not answered:
            forms["confirm"] = ConfirmForm(prefix="confirm")
    if side == Side.PROVIDER and status in (Status.NEW, Status.PROPOSED):
        forms["propose"] = MomentForm(prefix="propose")
        forms["decline"] = ReasonForm(prefix="decline")
    if side == Side.SCHOOL and status == Status.PROPOSED:
        forms["decline-proposal"] = ReasonForm(prefix="decline-proposal")
    if status in (Status.NEW, Status.PROPOSED) or (
        status == Status.ACCEPTED and not booking.has_passed
    ):
        forms["cancel"] = ReasonForm(prefix="cancel")
    if bound is not None and bound[0] in forms:
        forms[bound[0]] = bound[1]
    actions = []
    for name, form in forms.items():
        heading, button, primary = ACTION_TEXTS[name]
        actions.append(
            {
                "name": name,
                "heading": heading,
                "button": button,
                "primary": primary or (bound is not None and bound[0] == name),
                "form": form,
            }
        )
    return actions


def _render_detail(request, booking, side, bound=None, error=None, status=200):
    review = None
    if side == Side.SCHOOL and booking.status == Status.DONE:
        review = Review.objects.filter(offer_id=booking.offer_id, school=booking.school).first()
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


def _run(action, user, booking, form):
    """Call the transition of `action` with the cleaned data of its form."""
    data = form.cleaned_data if form is not None else {}
    if action == "accept":
        return transitions.accept(user, booking, data.get("start"), data.get("end"))
    if action == "propose":
        return transitions.propose(user, booking, data["start"], data["end"], data["text"])
    if action == "accept-proposal":
        return transitions.accept_proposal(user, booking)
    if action == "decline-proposal":
        return transitions.decline_proposal(user, booking, data["reason"])
    if action == "decline":
        return transitions.decline(user, booking, data["reason"])
    if action == "cancel":
        return transitions.cancel(user, booking, data["reason"])
    if action == "confirm":
        return transitions.confirm(user, booking, data["held"], data["text"])
    return transitions.post_message(user, booking, data["text"])


FORM_CLASSES = {
    "propose": MomentForm,
    "decline-proposal": ReasonForm,
    "decline": ReasonForm,
    "cancel": ReasonForm,
    "confirm": ConfirmForm,
    "message": MessageForm,
}

DONE_MESSAGES = {
    "accept": gettext_lazy("U heeft de aanvraag geaccepteerd. De school krijgt een e-mail."),
    "propose": gettext_lazy("Uw voorstel is verstuurd naar de school."),
    "accept-proposal": gettext_lazy(
        "U heeft het voorstel aangenomen; de activiteit staat in uw planning."
    ),
    "decline-proposal": gettext_lazy("U heeft het voorstel afgewezen."),
    "decline": gettext_lazy("U heeft de aanvraag afgewezen. De school krijgt uw reden."),
    "cancel": gettext_lazy("De aanvraag is geannuleerd. De andere kant krijgt een e-mail."),
    "confirm": gettext_lazy("Dank u; uw antwoord is opgeslagen."),
    "message": gettext_lazy("Uw bericht is verstuurd."),
}


def _form_for(action, booking, data):
    if action == "accept-proposal":
        return None  # one button, nothing to fill in
    if action == "accept":
        if booking.session_id is not None:
            return None
        return AcceptDateForm(data, booking=booking, prefix="accept")
    return FORM_CLASSES[action](data, prefix=action)


@never_cache
@login_required
@require_POST
def request_action(request, pk, action):
    """One answer to a request (POST); an illegal one says why and changes nothing."""
    if action not in DONE_MESSAGES:
        return forbidden(request)
    booking, side = _booking_for(request, pk)
    if side is None:
        raise Http404  # as for a request that does not exist: no telling which numbers do
    form = _form_for(action, booking, request.POST)
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
        _run(action, request.user, booking, form)
    except PermissionDenied:
        return forbidden(request)
    except TransitionError as error:
        booking.refresh_from_db()
        return _render_detail(request, booking, side, error=str(error), status=400)
    messages.success(request, DONE_MESSAGES[action])
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
