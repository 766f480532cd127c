"""E-mails to followers: a new reply in a followed discussion (or page thread), a new
discussion in a followed theme.

Each member gets the mail in the language they chose in their profile, at their own confirmed
address, with links on the site's configured address (SITE_URL, never the host a request came
in on) and a one-click link that stops this one follow. The views call these once the post is
stored, so a refused post mails nobody; a mail server that does not answer is logged and does
not undo the post.
"""

import logging

from allauth.account.models import EmailAddress
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core import signing
from django.core.mail import EmailMessage, get_connection
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from wagtail.models import Locale

from core.models import Theme

from .models import Discussion, Follow
from .models.follows import canonical

logger = logging.getLogger(__name__)

STOP_SALT = "community.follow.stop"


def stop_token(follow):
    """A signed token naming one member and one followed item (no expiry: old mails keep
    working, and the worst a leaked token does is stop one follow)."""
    return signing.dumps(
        [follow.member_id, follow.content_type_id, follow.object_id], salt=STOP_SALT
    )


def read_stop_token(token):
    """(member id, content type id, object id), or None for a bad or altered token."""
    try:
        member_id, content_type_id, object_id = signing.loads(token, salt=STOP_SALT)
        return int(member_id), int(content_type_id), int(object_id)
    except (signing.BadSignature, TypeError, ValueError):
        return None


def absolute(path):
    return f"{settings.SITE_URL}{path}"


def confirmed_addresses(user_ids):
    """{user id: address} of each member's confirmed address, the primary one first."""
    rows = (
        EmailAddress.objects.filter(user_id__in=user_ids, verified=True, user__is_active=True)
        .order_by("-primary", "pk")
        .values_list("user_id", "email")
    )
    found = {}
    for user_id, email in rows:
        found.setdefault(user_id, email)
    return found


def _recipients(follows, exclude_user_id):
    follows = [f for f in follows if f.member_id != exclude_user_id]
    addresses = confirmed_addresses([f.member_id for f in follows])
    for follow in follows:
        if follow.member_id in addresses:
            yield follow, addresses[follow.member_id]


def _language(user):
    profile = getattr(user, "profile", None)
    codes = {code for code, _name in settings.LANGUAGES}
    if profile is not None and profile.language in codes:
        return profile.language
    return settings.LANGUAGE_CODE


def _member_name(user):
    profile = getattr(user, "profile", None)
    return profile.display_name if profile is not None else ""


def _message(follow, address, subject, template, context):
    stop_url = absolute(reverse("community:follow_stop", args=[stop_token(follow)]))
    context = {
        **context,
        "recipient": _member_name(follow.member),
        "stop_url": stop_url,
        "site_name": _("Leercommunity & Ontwikkelplaats"),
        "site_url": settings.SITE_URL,
    }
    return EmailMessage(
        # One line whatever a title holds (older titles may have line breaks).
        subject=" ".join(f"[{context['site_name']}] {subject}".split()),
        body=render_to_string(template, context),
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[address],
        headers={
            # Mail programs show an "unsubscribe" button for these (RFC 2369 and RFC 8058).
            "List-Unsubscribe": f"<{stop_url}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        },
    )


def _send(messages):
    if not messages:
        return 0
    try:
        return get_connection().send_messages(messages) or 0
    except Exception:  # SMTP errors come in many classes; the post itself is stored
        logger.exception("Could not send %s follower notification(s)", len(messages))
        return 0


def _target_title_and_path(target):
    """The title and path of a thread's target in the active language."""
    if isinstance(target, Discussion):
        return target.title, target.get_absolute_url()
    page = getattr(target, "specific", target)
    translated = page.get_translation_or_none(translation_locale())
    if translated is not None and translated.live:
        page = translated
    return page.title, page.url or "/"


def translation_locale():
    return Locale.objects.filter(language_code=translation.get_language()).first()


def notify_new_reply(comment):
    """Mail everyone who follows the thread `comment` was posted in, except its author."""
    target = comment.content_object
    if target is None or not comment.is_public or comment.is_removed:
        return 0
    follows = Follow.objects.filter(
        content_type_id=comment.content_type_id, object_id=int(comment.object_pk)
    ).select_related("member__profile")
    messages = []
    for follow, address in _recipients(follows, comment.user_id):
        with translation.override(_language(follow.member)):
            title, path = _target_title_and_path(target)
            context = {
                "title": title,
                "author": comment.user_name or _member_name(comment.user),
                "text": comment.comment,
                "url": absolute(f"{path}#c{comment.pk}"),
            }
            subject = _("Nieuwe reactie op “%(title)s”") % {"title": title}
            messages.append(
                _message(follow, address, subject, "community/email/new_reply.txt", context)
            )
    return _send(messages)


def notify_new_discussion(discussion):
    """Mail everyone who follows the discussion's theme, except the member who started it."""
    follows = Follow.objects.filter(
        content_type=ContentType.objects.get_for_model(Theme),
        object_id=canonical(discussion.theme).pk,
    ).select_related("member__profile")
    messages = []
    for follow, address in _recipients(follows, discussion.author_id):
        language = _language(follow.member)
        with translation.override(language):
            theme = (
                Theme.objects.filter(
                    slug=discussion.theme.slug, locale__language_code=language
                ).first()
                or discussion.theme
            )
            context = {
                "title": discussion.title,
                "theme": theme.name,
                "author": _member_name(discussion.author) if discussion.author else "",
                "text": discussion.body,
                "url": absolute(discussion.get_absolute_url()),
            }
            subject = _("Nieuwe discussie over %(theme)s: “%(title)s”") % {
                "theme": theme.name,
                "title": discussion.title,
            }
            messages.append(
                _message(follow, address, subject, "community/email/new_discussion.txt", context)
            )
    return _send(messages)
