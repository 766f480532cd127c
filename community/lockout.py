"""Login lockout policy (django-axes): one account from one address, for a short, growing time.

Axes counts failures per combination of account and address (`AXES_LOCKOUT_PARAMETERS`), so
guessing at somebody's password from one address does not lock that member out elsewhere, and
one address (a school behind one router, or everybody behind our proxy) trying several accounts
does not lock them all. Each lockout of the same combination doubles the cool-off, up to a cap;
the count of lockouts lives in the shared cache and is forgotten a day after the last one. A
successful password reset lifts every lockout of the account.
"""

import hashlib
from datetime import timedelta

from allauth.account.signals import password_reset
from axes.signals import user_locked_out
from axes.utils import reset as axes_reset
from django.conf import settings
from django.dispatch import receiver

from core.cache import counter_cache

from .auth import axes_username

LOCKOUT_MEMORY_SECONDS = 24 * 60 * 60


def _account_key(username):
    digest = hashlib.sha256((username or "").encode()).hexdigest()[:32]
    return f"lockout:gen:{digest}"


def _combination_key(username, ip_address):
    # The account's generation is part of the key: a reset moves to a fresh generation, which
    # forgets the lockouts of every address at once without enumerating cache keys.
    generation = counter_cache().get(_account_key(username), 0)
    raw = f"{username or ''}|{ip_address or ''}|{generation}"
    return "lockout:count:" + hashlib.sha256(raw.encode()).hexdigest()[:40]


def _username_and_ip(request):
    credentials = getattr(request, "axes_credentials", None)
    return axes_username(request, credentials), getattr(request, "axes_ip_address", None)


def lockouts_of(username, ip_address):
    return counter_cache().get(_combination_key(username, ip_address), 0)


def cool_off(request=None):
    """Axes' AXES_COOLOFF_TIME: the base time, doubled for each earlier lockout, capped."""
    base = timedelta(seconds=settings.LOCKOUT_BASE_SECONDS)
    cap = timedelta(seconds=settings.LOCKOUT_MAX_SECONDS)
    if request is None:
        return base
    earlier = lockouts_of(*_username_and_ip(request))
    return min(base * (2 ** max(earlier - 1, 0)), cap)


@receiver(user_locked_out, dispatch_uid="community_count_lockout")
def count_lockout(sender, request=None, username=None, ip_address=None, **kwargs):
    # Axes sends the signal for every refused try during a lockout too; count the lockout once,
    # when the failure that caused it is recorded.
    if request is None:
        return
    if getattr(request, "axes_failures_since_start", None) != settings.AXES_FAILURE_LIMIT:
        return
    key = _combination_key(axes_username(request, {"username": username}), ip_address)
    counter_cache().add(key, 0, LOCKOUT_MEMORY_SECONDS)
    try:
        counter_cache().incr(key)
    except ValueError:  # expired between add and incr
        counter_cache().set(key, 1, LOCKOUT_MEMORY_SECONDS)
    counter_cache().touch(key, LOCKOUT_MEMORY_SECONDS)


def unlock_account(username):
    """Lift every lockout of an account, from any address, and forget earlier lockouts."""
    username = (username or "").strip().lower()
    if not username:
        return
    axes_reset(username=username)
    key = _account_key(username)
    counter_cache().add(key, 0, None)
    counter_cache().incr(key)


@receiver(password_reset, dispatch_uid="community_unlock_on_reset")
def unlock_after_password_reset(sender, request=None, user=None, **kwargs):
    """The lockout page recommends a reset; a successful one lets the member in again."""
    if user is None:
        return
    for address in {user.email, *user.emailaddress_set.values_list("email", flat=True)}:
        unlock_account(address)
    unlock_account(user.get_username())
