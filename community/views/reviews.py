"""Views of reviews of offers: write or edit the school's review, reply as provider, vote helpful.

Every rule is checked here on the server; the offer page only hides forms a member cannot use.
"""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.db import IntegrityError, transaction
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as _lazy
from django.views.decorators.http import require_POST

from core.redirects import safe_next
from schools.access import is_offer_provider_member

from ..auth import has_verified_email
from ..forms import ProviderReplyForm, ReviewForm
from ..models import HelpfulVote, ProviderReply, Review
from ..models.reviews import offer_page_model, source_offer
from ..reviews import may_review, reviewing_school, school_review
from ..threads import give_back_post_slot, take_post_slot
from .common import message_page, post_limit_page, posting_refused

ANCHOR = "beoordelingen"


def _offer_or_404(pk):
    model = offer_page_model()
    if model is None:
        raise Http404
    return get_object_or_404(model.objects.live(), pk=pk)


def _offer_url(offer):
    return offer.url or "/"


def not_verified_page(request):
    return message_page(
        request,
        _("Alleen scholen kunnen beoordelen"),
        _(
            "Een aanbod beoordelen kan alleen een lid dat door de redactie is geverifieerd voor "
            "een school, zodat elke beoordeling van een school komt die het aanbod echt "
            "gebruikte. Kies uw school in uw profiel; de redactie verifieert u daarna, of u "
            "wordt vanzelf geverifieerd met een e-mailadres van uw school."
        ),
        status=403,
        link="community:my_profile",
        link_text=_("Naar mijn profiel"),
    )


NOT_RUN_MESSAGE = _lazy(
    "Uw school kan dit aanbod beoordelen nadat het is uitgevoerd: vraag het aan bij de "
    "aanbieder en bevestig na de datum dat de activiteit heeft plaatsgevonden."
)


def not_run_page(request):
    return message_page(
        request,
        _("Uw school heeft dit aanbod nog niet uitgevoerd"),
        str(NOT_RUN_MESSAGE),
        status=403,
        link="bookings:my_school",
        link_text=_("Naar Mijn school"),
    )


@login_required
def review_form(request, offer_pk):
    """Write the school's review of an offer, or edit it when the school has one."""
    offer = _offer_or_404(offer_pk)
    school = reviewing_school(request.user)
    if school is None:
        return not_verified_page(request)
    source = source_offer(offer)
    existing = school_review(source, school)
    if not may_review(school, source, existing):
        return not_run_page(request)
    back = safe_next(request, _offer_url(offer))
    form = ReviewForm(request.POST or None, instance=existing)
    if request.method == "POST":
        refused = posting_refused(request)
        if refused:
            return refused
        if form.is_valid():
            review = form.save(commit=False)
            review.offer = source
            review.school = school
            review.author = request.user
            if not take_post_slot(request.user):
                return post_limit_page(request)
            try:
                with transaction.atomic():
                    review.save()
            except IntegrityError:
                give_back_post_slot(request.user)
                # Another member of the school posted at the same moment: theirs stands.
                messages.error(
                    request, _("Uw school heeft intussen al een beoordeling; pas die aan.")
                )
                return redirect(f"{back}#{ANCHOR}")
            if existing is None:
                messages.success(request, _("Bedankt! De beoordeling van uw school staat online."))
            else:
                messages.success(request, _("De beoordeling van uw school is bijgewerkt."))
            return redirect(f"{back}#review-{review.pk}")
    return render(
        request,
        "community/reviews/review_form.html",
        {"form": form, "offer": offer, "school": school, "existing": existing, "next_url": back},
        status=400 if request.method == "POST" else 200,
    )


def _public_review_or_404(pk):
    return get_object_or_404(
        Review.objects.select_related("offer", "school"), pk=pk, is_public=True
    )


@login_required
def reply_form(request, review_pk):
    """The provider's one public reply to a review of its offer."""
    review = _public_review_or_404(review_pk)
    if not is_offer_provider_member(request.user, review.offer):
        return message_page(
            request,
            _("Alleen de aanbieder kan reageren"),
            _(
                "Op een beoordeling kan alleen de aanbieder van het aanbod reageren, met een "
                "account dat de redactie aan die aanbieder heeft gekoppeld."
            ),
            status=403,
        )
    if ProviderReply.objects.filter(review=review).exists():
        return message_page(
            request,
            _("U heeft al gereageerd"),
            _("Een aanbieder kan één keer op een beoordeling reageren."),
            status=403,
        )
    back = safe_next(request, _offer_url(review.offer))
    form = ProviderReplyForm(request.POST or None)
    if request.method == "POST":
        refused = posting_refused(request)
        if refused:
            return refused
        if form.is_valid():
            if not take_post_slot(request.user):
                return post_limit_page(request)
            try:
                with transaction.atomic():
                    ProviderReply.objects.create(
                        review=review, author=request.user, text=form.cleaned_data["text"]
                    )
            except IntegrityError:
                give_back_post_slot(request.user)  # a colleague replied at the same moment
            else:
                messages.success(request, _("Uw reactie staat bij de beoordeling."))
            return redirect(f"{back}#review-{review.pk}")
    return render(
        request,
        "community/reviews/reply_form.html",
        {"form": form, "review": review, "next_url": back},
        status=400 if request.method == "POST" else 200,
    )


@require_POST
def helpful_vote(request, review_pk):
    """One 'helpful' vote per member verified for a school, never on a review of that school."""
    review = _public_review_or_404(review_pk)
    back = safe_next(request, _offer_url(review.offer))
    if not request.user.is_authenticated:
        return redirect_to_login(back)
    if not has_verified_email(request.user):
        return posting_refused(request)
    school = reviewing_school(request.user)
    if school is None:
        # Votes rank reviews for schools; only someone who speaks for a school casts one.
        return message_page(
            request,
            _("Alleen scholen kunnen stemmen"),
            _(
                "Een beoordeling als nuttig markeren kan alleen een lid dat geverifieerd is voor "
                "een school. Kies uw school in uw profiel; de redactie verifieert u daarna, of u "
                "wordt vanzelf geverifieerd met een e-mailadres van uw school."
            ),
            status=403,
            link="community:my_profile",
            link_text=_("Naar mijn profiel"),
        )
    if review.author_id == request.user.pk or school.pk == review.school_id:
        return message_page(
            request,
            _("Dit is uw eigen beoordeling"),
            _("U kunt de beoordeling van uw eigen school niet als nuttig markeren."),
            status=403,
        )
    _vote, created = HelpfulVote.objects.get_or_create(review=review, member=request.user)
    if created:
        messages.success(request, _("Bedankt, u vond deze beoordeling nuttig."))
    else:
        messages.info(request, _("U had deze beoordeling al als nuttig gemarkeerd."))
    return redirect(f"{back}#review-{review.pk}")
