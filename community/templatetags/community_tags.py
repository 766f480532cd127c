"""Template tags of the Leercommunity: safe plain text, member names, lessons-learned threads."""

from django import template
from django.urls import reverse
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

from ..models import Discussion, Flag
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
    if user is None:
        return _("verwijderd lid")
    profile = getattr(user, "profile", None)
    if profile is None:
        return _("Lid %(pk)s") % {"pk": user.pk}
    return profile.display_name


@register.simple_tag
def flag_reasons():
    """The reasons a member can pick when flagging a reply or a review."""
    return Flag.Reason.choices


@register.filter
def member_url(user):
    profile = getattr(user, "profile", None) if user is not None else None
    return reverse("community:profile", args=[profile.pk]) if profile else ""


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
