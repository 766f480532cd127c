"""E-mail alerts of new offers that match a need ("meldingen").

A member turns alerts on for a need on its matches page (offers.NeedAlert). `send_need_alerts`
computes each active alert's current matches (offers.needs.matching.match_need) and e-mails one
plain-text digest in Dutch with only the offers first published after the last digest (or after
subscribing); nothing is sent when nothing is new, and at most one digest per alert goes out in
MIN_INTERVAL however often it runs. It runs from `manage.py send_need_alerts` (cron) and from
the django-tasks task `offers.tasks.send_need_alerts_task`.

Every digest carries an unsubscribe link that works without login: the alert's token, signed
with django.core.signing so that it cannot be guessed or altered.
"""

import logging
from datetime import timedelta

from django.conf import settings
from django.core import signing
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from wagtail.models import Site

from core.mail import message, queue
from offers.models import NeedAlert
from offers.needs.matching import match_need
from schools.access import may_act_for_school

logger = logging.getLogger(__name__)

UNSUBSCRIBE_SALT = "offers.need-alert.unsubscribe"
# A digest at most once a week, however often the command runs.
MIN_INTERVAL = timedelta(days=6)


def unsubscribe_token(alert):
    return signing.dumps(alert.token, salt=UNSUBSCRIBE_SALT)


def alert_for_token(signed):
    """The alert a signed token names; raises signing.BadSignature for a bad token and
    NeedAlert.DoesNotExist when the alert is gone."""
    token = signing.loads(signed, salt=UNSUBSCRIBE_SALT)
    if not isinstance(token, str):
        raise signing.BadSignature("not a token")
    return NeedAlert.objects.select_related("need").get(token=token)


def site_root():
    """The public address of the default site, for links in e-mails."""
    site = Site.objects.filter(is_default_site=True).first()
    root = site.root_url if site is not None else settings.WAGTAILADMIN_BASE_URL
    return root.rstrip("/")


def new_matches(alert, until):
    """The need's current matches first published after the alert's cutoff (up to `until`)."""
    cutoff = alert.cutoff
    return [
        match
        for match in match_need(alert.need).matches
        if match.offer.first_published_at is not None
        and cutoff < match.offer.first_published_at <= until
    ]


def member_name(user):
    profile = getattr(user, "profile", None)
    return getattr(profile, "display_name", "") or user.get_username()


def digest(alert, matches, root):
    """(subject, body) of one digest, in the site's first language."""
    need = alert.need
    subject = _("Nieuw passend aanbod voor uw hulpvraag '%(title)s'") % {"title": need.title}
    body = render_to_string(
        "offers/needs/email/alert_digest.txt",
        {
            "name": member_name(alert.user),
            "need": need,
            "school": need.school,
            "offers": [
                {
                    "title": match.offer.title,
                    "kind": match.offer.get_offer_type_display(),
                    "summary": match.offer.summary,
                    "url": _offer_url(match.offer, root),
                }
                for match in matches
            ],
            "matches_url": root + reverse("offers:need_matches", args=[need.pk]),
            "unsubscribe_url": root
            + reverse("offers:alert_unsubscribe", args=[unsubscribe_token(alert)]),
        },
    )
    return subject, body


def _offer_url(offer, root):
    url = offer.get_url()
    if not url:
        return root
    return url if url.startswith("http") else root + url


def send_need_alerts(now=None):
    """Send every due digest; returns the number of e-mails sent."""
    now = now or timezone.now()
    root = site_root()
    sent = 0
    alerts = NeedAlert.objects.filter(
        active=True, user__is_active=True, subscribed_at__lte=now
    ).select_related("need__school", "user__profile")
    with translation.override(settings.LANGUAGE_CODE):
        for alert in alerts:
            if alert.last_sent_at and now - alert.last_sent_at < MIN_INTERVAL:
                continue  # the last digest went out less than a week ago
            if not alert.user.email or not may_act_for_school(alert.user, alert.need.school):
                continue  # no address, or the member no longer holds the school
            matches = new_matches(alert, now)
            if not matches:
                continue
            subject, body = digest(alert, matches, root)
            # The mail task sends it, and tries again when the server fails (core.mail).
            queue(message([alert.user.email], subject, body))
            alert.last_sent_at = now
            alert.save(update_fields=["last_sent_at"])
            sent += 1
    return sent
