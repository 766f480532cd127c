"""Replies: posted through django-comments(-xtd) after our own checks; edit or remove own."""

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from django_comments.views.comments import post_comment as django_post_comment
from django_comments_xtd.models import XtdComment

from core.numbers import parse_int
from core.redirects import safe_next

from ..auth import confirmed_email
from ..forms import (
    CommentEditForm,
)
from ..tasks import notify_new_reply_task
from ..threads import SITE_POST_MARK, give_back_post_slot, take_post_slot
from .common import (
    confirm_removal,
    edit_refused,
    get_profile,
    message_page,
    post_limit_page,
    posting_refused,
)


def _target_url(target):
    if hasattr(target, "get_absolute_url"):
        return target.get_absolute_url()
    return getattr(target, "url", None) or "/"


def _parent_refused(request, data):
    """A 400 page when `reply_to` names no reply of this thread that can be answered."""
    raw = data.get("reply_to") or "0"
    parent_pk = parse_int(raw, default=-1)
    if parent_pk == 0:
        return None
    parent = None
    if parent_pk > 0:
        parent = (
            XtdComment.objects.filter(pk=parent_pk, is_public=True, is_removed=False)
            .select_related("content_type")
            .first()
        )
    same_thread = parent is not None and (
        f"{parent.content_type.app_label}.{parent.content_type.model}"
        == str(data.get("content_type", "")).lower()
        and parent.object_pk == str(data.get("object_pk", ""))
    )
    if same_thread and parent.level < settings.COMMENTS_XTD_MAX_THREAD_LEVEL:
        return None
    return message_page(
        request,
        _("Uw antwoord is niet geplaatst"),
        _(
            "De reactie waarop u wilde antwoorden bestaat niet (meer) in dit gesprek, of er kan "
            "niet verder op worden geantwoord. Er is niets opgeslagen. Ga terug naar het "
            "gesprek en reageer daar opnieuw."
        ),
        status=400,
    )


@require_POST
def post_comment(request):
    """The only way to post a reply: check the member and the reply, then let
    django-comments(-xtd) validate and save it.

    Name and address come from the account (the confirmed one), never from the form; the
    "e-mail me" box becomes a follow of the thread (see signals), and followers are mailed here
    once the reply is stored.
    """
    next_url = safe_next(request, "/")
    if not request.user.is_authenticated:
        return redirect_to_login(next_url)
    refused = posting_refused(request)
    if refused:
        return refused
    data = request.POST.copy()
    if not data.get("reply_to"):
        data["reply_to"] = "0"  # without it django-comments shows a preview and saves nothing
    refused = _parent_refused(request, data)
    if refused:
        return refused
    data["name"] = get_profile(request.user).display_name[:50]
    data["email"] = confirmed_email(request.user)
    data["url"] = ""
    request.POST = data
    if not take_post_slot(request.user):
        return post_limit_page(request)
    setattr(request, SITE_POST_MARK, True)
    response = django_post_comment(request, next=next_url)
    if response.status_code != 302:
        give_back_post_slot(request.user)  # a preview or an invalid form stored nothing
        return response
    comment = (
        XtdComment.objects.filter(user=request.user)
        .select_related("content_type")
        .order_by("-pk")
        .first()
    )
    if comment is None:
        return redirect(next_url)
    notify_new_reply_task.enqueue(comment.pk)
    return redirect(f"{_target_url(comment.content_object)}#c{comment.pk}")


def _own_comment(request, pk):
    comment = get_object_or_404(XtdComment, pk=pk, is_removed=False)
    refused = edit_refused(request, comment.user_id, comment.submit_date)
    return comment, refused


@login_required
def comment_edit(request, pk):
    comment, refused = _own_comment(request, pk)
    if refused:
        return refused
    form = CommentEditForm(request.POST or None, initial={"comment": comment.comment})
    if request.method == "POST" and form.is_valid():
        comment.comment = form.cleaned_data["comment"]
        comment.save()
        messages.success(request, _("Uw reactie is bijgewerkt."))
        return redirect(f"{_target_url(comment.content_object)}#c{comment.pk}")
    return render(request, "community/comment_form.html", {"form": form, "comment": comment})


@login_required
def comment_delete(request, pk):
    comment, refused = _own_comment(request, pk)
    if refused:
        return refused
    return confirm_removal(
        request,
        comment,
        _("Uw reactie is verwijderd."),
        f"{_target_url(comment.content_object)}#reacties",
        _("uw reactie van %(date)s") % {"date": comment.submit_date},
    )
