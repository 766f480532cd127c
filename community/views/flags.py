"""A member flags a reply or a review as inappropriate (one flag per member per item)."""

from django import forms
from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.contrib.contenttypes.models import ContentType
from django.db import IntegrityError, transaction
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as _lazy
from django.views.decorators.http import require_POST

from core.redirects import safe_next

from ..models import Flag, Review
from ..models.flags import flaggable_model
from ..reviews import reviewing_school
from ..threads import count_post
from .common import message_page, posting_refused


class FlagForm(forms.Form):
    reason = forms.ChoiceField(
        label=_lazy("Waarom meldt u dit?"), choices=Flag.Reason.choices, widget=forms.RadioSelect
    )


def item_anchor(item):
    return f"review-{item.pk}" if isinstance(item, Review) else f"c{item.pk}"


def item_page_url(item):
    """The public page that shows `item` (without the anchor)."""
    if isinstance(item, Review):
        return item.offer.specific.url or "/"
    target = item.content_object
    if target is None:
        return "/"
    if hasattr(target, "get_absolute_url"):
        return target.get_absolute_url()
    return getattr(target, "url", None) or "/"


def is_own(user, item):
    if isinstance(item, Review):
        school = reviewing_school(user)
        return item.author_id == user.pk or (school is not None and school.pk == item.school_id)
    return item.user_id == user.pk


def _public_item_or_404(model, pk):
    filters = {"pk": pk, "is_public": True}
    if model is not Review:
        filters["is_removed"] = False
    return get_object_or_404(model, **filters)


@require_POST
def flag_item(request, kind, pk):
    model = flaggable_model(kind)
    if model is None:
        raise Http404
    item = _public_item_or_404(model, pk)
    back = safe_next(request, item_page_url(item))
    if not request.user.is_authenticated:
        return redirect_to_login(back)
    refused = posting_refused(request)
    if refused:
        return refused
    if is_own(request.user, item):
        return message_page(
            request,
            _("Dit is uw eigen bijdrage"),
            _("U kunt uw eigen reactie of de beoordeling van uw eigen school niet melden."),
            status=403,
        )
    target = f"{back}#{item_anchor(item)}"
    form = FlagForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Kies een reden om dit te melden."))
        return redirect(target)
    content_type = ContentType.objects.get_for_model(model)
    already = _("U heeft dit al gemeld. De redactie bekijkt uw melding.")
    if Flag.objects.filter(
        content_type=content_type, object_id=item.pk, member=request.user
    ).exists():
        messages.info(request, already)
        return redirect(target)
    try:
        with transaction.atomic():
            Flag.objects.create(
                content_type=content_type,
                object_id=item.pk,
                member=request.user,
                reason=form.cleaned_data["reason"],
            )
    except IntegrityError:  # a double click: the first flag stands
        messages.info(request, already)
        return redirect(target)
    count_post(request.user)
    messages.success(request, _("Bedankt voor uw melding. De redactie kijkt ernaar."))
    return redirect(target)
