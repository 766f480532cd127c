"""A member's own data: the JSON export and deleting the account."""

import json

from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.db import transaction
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django_comments_xtd.models import XtdComment

from core import member_data

from ..forms import (
    DeleteAccountForm,
)
from ..models import AccountDeletion, Discussion, Follow, ProviderReply, Review
from .common import get_profile


def _iso(moment):
    return moment.isoformat() if moment else None


def export_payload(user):
    """The member's own data: account, profile, discussions and replies."""
    profile = get_profile(user)
    discussions = Discussion.objects.filter(author=user).select_related("theme")
    comments = XtdComment.objects.filter(user=user).select_related("content_type")
    return {
        "exported_at": _iso(timezone.now()),
        "account": {
            "email": user.email,
            "date_joined": _iso(user.date_joined),
            "last_login": _iso(user.last_login),
            "email_addresses": [
                {"email": a.email, "verified": a.verified, "primary": a.primary}
                for a in user.emailaddress_set.all()
            ],
        },
        "profile": {
            "display_name": profile.display_name,
            "role": profile.role,
            "organisation": profile.organisation,
            "school": str(profile.school) if profile.school else None,
            "region": str(profile.region) if profile.region else None,
            "bio": profile.bio,
            "contribution": profile.contribution,
            "themes": [t.name for t in profile.themes.all()],
            "verified_school": str(profile.verified_school) if profile.verified_school else None,
            "consent_at": _iso(profile.consent_at),
            "privacy_version": profile.privacy_version,
            "visibility": profile.visibility,
            "language": profile.language,
        },
        "follows": [
            {"item": str(follow.item) if follow.item else None, "since": _iso(follow.created)}
            for follow in Follow.objects.by(user).select_related("content_type")
        ],
        "discussions": [
            {
                "title": d.title,
                "body": d.body,
                "theme": d.theme.name,
                "created": _iso(d.created),
                "removed": d.is_removed,
            }
            for d in discussions
        ],
        "comments": [
            {
                "comment": c.comment,
                "submit_date": _iso(c.submit_date),
                "on": str(c.content_object) if c.content_object else None,
                "removed": c.is_removed,
            }
            for c in comments
        ],
        "reviews": review_export(user),
        # Requests for offers and their messages (offers.bookings), and whatever else other
        # apps keep of the member.
        **member_data.exported_sections(user),
    }


def review_export(user):
    """The reviews this member last wrote for their school, and their provider replies."""
    reviews = Review.objects.filter(author=user).select_related("offer", "school")
    replies = ProviderReply.objects.filter(author=user).select_related("review__offer")
    return [
        {
            "offer": r.offer.title,
            "school": r.school.name,
            "rating": r.rating,
            "ran_on": r.ran_on.isoformat() if r.ran_on else None,
            "text": r.text,
            "created": _iso(r.created),
            "public": r.is_public,
        }
        for r in reviews
    ] + [
        {"reply_to_review_of": p.review.offer.title, "text": p.text, "created": _iso(p.created)}
        for p in replies
    ]


@login_required
def export_data(request):
    payload = json.dumps(export_payload(request.user), ensure_ascii=False, indent=2)
    response = HttpResponse(payload, content_type="application/json; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="mijn-gegevens-leercommunity.json"'
    return response


def delete_member(user):
    """Delete an account; posts stay, without the author's name or address. Returns the log."""
    with transaction.atomic():
        posts = XtdComment.objects.filter(user=user).update(
            user=None, user_name="", user_email="", user_url="", ip_address=None, followup=False
        )
        posts += Discussion.objects.filter(author=user).update(author=None)
        member_data.deleting.send(sender=None, user=user)
        log = AccountDeletion.objects.create(user_id_deleted=user.pk, posts_anonymised=posts)
        user.delete()
    return log


@login_required
def delete_account(request):
    form = DeleteAccountForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        user = request.user
        logout(request)
        delete_member(user)
        messages.success(request, _("Uw account is verwijderd. Bedankt voor uw bijdragen."))
        return redirect("/")
    return render(request, "community/delete_account.html", {"form": form})
