"""The visitor's address, trusting `X-Forwarded-For` only as far as our own proxies reach.

Each proxy appends the address it received the request from. With N trusted proxies in front
of the site, the last N-1 entries of the header (and REMOTE_ADDR, the proxy nearest to us) were
written by our proxies; the entry before them is the client as our outermost proxy saw it.
Anything further left was written by the client and may be forged. With no trusted proxy the
header is ignored altogether.
"""

import ipaddress

from django.conf import settings


def _valid(value):
    try:
        return str(ipaddress.ip_address(value.strip()))
    except ValueError:
        return None


def client_ip(request):
    remote = request.META.get("REMOTE_ADDR", "")
    proxies = int(getattr(settings, "TRUSTED_PROXY_COUNT", 0) or 0)
    if proxies <= 0:
        return _valid(remote) or remote
    forwarded = [
        part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if part
    ]
    # REMOTE_ADDR is the nearest proxy; the header holds what the proxies saw before it.
    if len(forwarded) < proxies:
        # Fewer entries than proxies: the request did not come through all of them.
        return _valid(remote) or remote
    return _valid(forwarded[-proxies]) or _valid(remote) or remote
