"""Helpers the community's views share: the member's profile, message pages, posting rules."""

from django.conf import settings
from django.contrib import messages
from django.http import HttpResponseForbidden
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _

from schools.models import Profile

from ..auth import has_verified_email
from ..threads import post_limit_reached


def get_profile(user):
    """The member's profile, created on first use (for accounts made outside sign-up)."""
    profile = getattr(user, "profile", None)
    if profile is None:
        profile, _created = Profile.objects.get_or_create(
            user=user,
            defaults={"display_name": user.get_full_name() or _("Lid %(pk)s") % {"pk": user.pk}},
        )
    return profile


def message_page(request, title, text, status=200, link=None, link_text=None):
    return render(
        request,
        "community/message.html",
        {"title": title, "text": text, "link": link, "link_text": link_text},
        status=status,
    )


def posting_refused(request):
    """A response when the member may not post now, or None when they may."""
    if not has_verified_email(request.user):
        return message_page(
            request,
            _("Bevestig eerst uw e-mailadres"),
            _(
                "U kunt berichten plaatsen zodra u uw e-mailadres heeft bevestigd. Volg de "
                "link in de e-mail die wij u stuurden, of vraag een nieuwe aan."
            ),
            status=403,
            link="account_email",
            link_text=_("E-mailadressen beheren"),
        )
    if post_limit_reached(request.user):
        return post_limit_page(request)
    return None


def post_limit_page(request):
    return message_page(
        request,
        _("Even rustig aan"),
        _(
            "U heeft in korte tijd veel berichten geplaatst. Wacht een paar minuten en "
            "probeer het dan opnieuw."
        ),
        status=429,
    )


def within_edit_window(moment):
    minutes = settings.COMMUNITY_EDIT_WINDOW_MINUTES
    return (timezone.now() - moment).total_seconds() <= minutes * 60


def edit_refused(request, author_id, created):
    if author_id != request.user.pk:
        return HttpResponseForbidden(_("U kunt alleen uw eigen berichten wijzigen."))
    if not within_edit_window(created):
        return message_page(
            request,
            _("Wijzigen kan niet meer"),
            _(
                "U kunt een bericht tot %(minutes)s minuten na het plaatsen wijzigen of "
                "verwijderen. Vraag de redactie als er iets weg moet."
            )
            % {"minutes": settings.COMMUNITY_EDIT_WINDOW_MINUTES},
            status=403,
        )
    return None


def confirm_removal(request, item, done_message, next_url, object_title):
    """Ask before removing a member's own post; on POST hide it (kept for moderation history)."""
    if request.method == "POST":
        item.is_removed = True
        item.save(update_fields=["is_removed"])
        messages.success(request, done_message)
        return redirect(next_url)
    return render(request, "community/confirm_delete.html", {"object_title": object_title})
