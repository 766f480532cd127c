"""E-mail alerts for new matches of a need: switch on or off, and unsubscribe from the e-mail."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core import signing
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from core.redirects import safe_next
from offers.models import (
    NeedAlert,
)
from offers.needs.alerts import alert_for_token

from .access import need_or_403


@login_required
@require_POST
def need_alert(request, pk):
    """Turn the member's e-mail alert for new matches of this need on or off."""
    need = need_or_403(request, pk)
    back = safe_next(request, reverse("offers:need_matches", args=[need.pk]))
    if request.POST.get("active"):
        # get_or_create retries the read when a parallel switch-on created the row first (the
        # unique constraint on need and member), instead of a 500 from IntegrityError.
        alert, created = NeedAlert.objects.get_or_create(need=need, user=request.user)
        if not created and not alert.active:
            # Starting again: only offers published from now on are new.
            alert.active, alert.subscribed_at, alert.last_sent_at = True, timezone.now(), None
            alert.save(update_fields=["active", "subscribed_at", "last_sent_at"])
        messages.success(
            request,
            _("U krijgt een e-mail als er nieuw passend aanbod is voor '%(title)s'.")
            % {"title": need.title},
        )
    else:
        NeedAlert.objects.filter(need=need, user=request.user, active=True).update(active=False)
        messages.success(
            request,
            _("U krijgt geen e-mails meer over nieuw aanbod voor '%(title)s'.")
            % {"title": need.title},
        )
    return redirect(back)


def alert_unsubscribe(request, token):
    """Stop an alert from the link in its e-mail, without login: GET asks, POST stops."""
    try:
        alert = alert_for_token(token)
    except signing.BadSignature:
        return render(
            request, "offers/needs/alert_unsubscribe.html", {"problem": "invalid"}, status=400
        )
    except NeedAlert.DoesNotExist:
        return render(
            request, "offers/needs/alert_unsubscribe.html", {"problem": "gone"}, status=404
        )
    done = False
    if request.method == "POST":
        if alert.active:
            alert.active = False
            alert.save(update_fields=["active"])
        done = True
    return render(
        request,
        "offers/needs/alert_unsubscribe.html",
        {"alert": alert, "need_title": alert.need.title, "done": done or not alert.active},
    )
