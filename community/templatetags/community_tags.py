"""Template tags of the Leercommunity: safe plain text, member names, lessons-learned threads."""

from django import template
from django.contrib.auth.models import AnonymousUser
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

from core.models import Theme

from .. import names
from ..auth import has_verified_email
from ..models import Discussion, Flag, Follow
from ..models.follows import follow_key
from ..threads import render_plain_text, thread_context

register = template.Library()


@register.filter
def lockout_minutes(delta):
    """A lockout's cool-off in whole minutes, rounded up (a visitor waits at least that long)."""
    return max(1, -(-int(delta.total_seconds()) // 60))


@register.filter
def plain_text(value):
    """Member text as HTML: escaped, links made clickable, paragraphs kept."""
    return mark_safe(render_plain_text(value))  # noqa: S308 (escaped, then sanitised by nh3)


@register.filter
def member_name(user):
    """A member's display name, or 'verwijderd lid' once the account is gone."""
    return names.member_name(user)


@register.simple_tag
def flag_reasons():
    """The reasons a member can pick when flagging a reply or a review."""
    return Flag.Reason.choices


@register.filter
def member_url(user, viewer=None):
    """The link to a member's profile, or "" when `viewer` (a visitor when not given) may not
    see it: a name on a reply must not lead to a page the member chose to hide."""
    profile = getattr(user, "profile", None) if user is not None else None
    if profile is None or not profile.is_visible_to(viewer or AnonymousUser()):
        return ""
    return profile.get_absolute_url()


@register.inclusion_tag("community/includes/lessons_learned.html", takes_context=True)
def lessons_learned(context, page):
    """The 'lessons learned' thread and reply form under any Wagtail page."""
    request = context["request"]
    data = thread_context(request, page)
    data["request"] = request
    data["discussions"] = Discussion.objects.filter(page=page, is_removed=False).select_related(
        "theme"
    )[:10]
    data["page"] = page
    data["csrf_token"] = context.get("csrf_token")
    return data


@register.inclusion_tag("community/includes/thread.html", takes_context=True)
def comment_thread(context, target, heading_level=2):
    request = context["request"]
    data = thread_context(request, target)
    data["request"] = request
    data["heading_level"] = heading_level
    data["csrf_token"] = context.get("csrf_token")
    return data


@register.inclusion_tag("community/includes/follow_form.html", takes_context=True)
def follow_button(context, item):
    """ "Volg …" or "Niet meer volgen" for a discussion, a page's replies or a theme; members
    with a confirmed address only (the mail goes there)."""
    request = context["request"]
    user = request.user
    kind, key = follow_key(item)
    labels = {
        Discussion: (_("Volg deze discussie"), _("U volgt deze discussie.")),
        Theme: (_("Volg dit thema"), _("U volgt dit thema.")),
    }
    start_label, following_text = labels.get(
        type(item), (_("Volg de reacties"), _("U volgt de reacties."))
    )
    can_follow = user.is_authenticated and has_verified_email(user)
    return {
        "can_follow": can_follow,
        "following": can_follow and Follow.follows(user, item),
        "follow_kind": kind,
        "follow_key": key,
        "start_label": start_label,
        "following_text": following_text,
        "stop_label": _("Niet meer volgen"),
        "next_url": request.get_full_path(),
        "csrf_token": context.get("csrf_token"),
    }
