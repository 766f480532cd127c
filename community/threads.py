"""Comment threads (django-comments-xtd) on discussions and on any Wagtail page.

A thread is rendered from one query; the reply forms share the target's security fields, so
only `reply_to` differs per comment. Posting goes through `views.post_comment`, which checks
the member (signed in, verified e-mail, rate limit) before handing over to django-comments.
"""

from datetime import timedelta

import nh3
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db.models import Prefetch
from django.utils import timezone
from django.utils.html import urlize
from django_comments import get_form
from django_comments.models import CommentFlag
from django_comments_xtd.models import XtdComment

from core import ratelimit

from .auth import has_verified_email
from .models import Discussion, Follow

# Set on the request by `views.comments.post_comment`; a reply without it came in through
# django-comments' own URL or view and is refused (see signals.only_site_posts).
SITE_POST_MARK = "_community_site_post"


def render_plain_text(text):
    """Plain text to safe HTML: everything escaped, web addresses linked, line breaks kept."""
    html = urlize(text or "", nofollow=True, autoescape=True)
    html = nh3.clean(
        html,
        tags={"a"},
        attributes={"a": {"href"}},
        url_schemes={"http", "https", "mailto"},
        link_rel="nofollow noopener",
    )
    paragraphs = [p.strip() for p in html.replace("\r\n", "\n").split("\n\n") if p.strip()]
    return "".join(f"<p>{p.replace(chr(10), '<br>')}</p>" for p in paragraphs)


def comments_for(target):
    return (
        XtdComment.objects.filter(
            content_type=ContentType.objects.get_for_model(target), object_pk=str(target.pk)
        )
        .select_related("user__profile")
        # `tree_from_queryset` reads each comment's flags and their users: one query for all.
        .prefetch_related(Prefetch("flags", queryset=CommentFlag.objects.select_related("user")))
        .order_by("thread_id", "order")
    )


def within_edit_window(comment, now=None):
    window = timedelta(minutes=settings.COMMUNITY_EDIT_WINDOW_MINUTES)
    return (now or timezone.now()) - comment.submit_date <= window


def may_edit(user, comment, now=None):
    return (
        user.is_authenticated
        and comment.user_id == user.pk
        and not comment.is_removed
        and within_edit_window(comment, now)
    )


def _rate_key(user):
    return f"community:posts:{user.pk}"


def post_limit_reached(user):
    """Whether the member used up their posts (to refuse a form early; `take_post_slot` is
    the check that counts)."""
    return ratelimit.used(_rate_key(user)) >= settings.COMMUNITY_POST_RATE_LIMIT


def take_post_slot(user):
    """Count a post before saving it; False when the member is over the limit."""
    return ratelimit.take(
        _rate_key(user),
        settings.COMMUNITY_POST_RATE_LIMIT,
        settings.COMMUNITY_POST_RATE_WINDOW_SECONDS,
    )


def give_back_post_slot(user):
    ratelimit.give_back(_rate_key(user))


def thread_context(request, target, anchor="reacties"):
    """Everything the thread template needs for `target` (a Discussion or a page)."""
    user = request.user
    comments = list(comments_for(target))
    now = timezone.now()
    for comment in comments:
        comment.editable = may_edit(user, comment, now)
        comment.can_reply = comment.level < settings.COMMENTS_XTD_MAX_THREAD_LEVEL
    tree = XtdComment.tree_from_queryset(comments, user=user)
    can_post = user.is_authenticated and has_verified_email(user)
    return {
        "target": target,
        "tree": tree,
        "visible_count": sum(1 for c in comments if c.is_public and not c.is_removed),
        "form": get_form()(target) if can_post else None,
        "can_post": can_post,
        "is_authenticated": user.is_authenticated,
        "next_url": request.get_full_path(),
        "anchor": anchor,
        "edit_window": settings.COMMUNITY_EDIT_WINDOW_MINUTES,
        "comment_max_length": settings.COMMENT_MAX_LENGTH,
        "following": can_post and Follow.follows(user, target),
        # A discussion shows its follow button under its title; a page's thread shows its own.
        "follow_in_thread": not isinstance(target, Discussion),
    }
