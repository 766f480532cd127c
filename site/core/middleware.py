"""Request guards that apply to every view: a known Host, no control characters in parameters."""

import logging

from django.core.exceptions import DisallowedHost
from django.http import HttpResponseBadRequest, JsonResponse
from django.shortcuts import render
from django.utils.translation import gettext as _

from .text import has_control_characters

NUL = "\x00"
logger = logging.getLogger(__name__)


class RejectUnknownHostMiddleware:
    """A 400 for a Host header outside ALLOWED_HOSTS, before anything reads the host.

    Left to Django, the DisallowedHost raised deep inside (the page cache's key, the menu)
    was logged as an error that mails ADMINS, and the 400 page, which reads the host again,
    turned into a 500. Scanners send such requests all day: a short page and a log line.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        try:
            request.get_host()
        except DisallowedHost:
            logger.info("request for a host outside ALLOWED_HOSTS refused")
            return HttpResponseBadRequest(
                "<!doctype html><title>400</title><h1>Ongeldige aanvraag / Bad request</h1>",
                content_type="text/html; charset=utf-8",
            )
        return self.get_response(request)


def _bad_get(querydict):
    return any(
        has_control_characters(key) or any(has_control_characters(v) for v in values)
        for key, values in querydict.lists()
    )


def _bad_post(querydict):
    # Posted text may hold what a word processor pastes (a vertical tab for a line break);
    # forms clean that. Only NUL is refused outright: no database column can hold it.
    return any(
        NUL in key or any(NUL in v for v in values if isinstance(v, str))
        for key, values in querydict.lists()
    )


class RejectControlCharactersMiddleware:
    """400 with a message for control characters in a GET parameter (and NUL in a POST one),
    before any view or database query sees them."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        bad = has_control_characters(request.path) or _bad_get(request.GET)
        if not bad and request.method == "POST":
            bad = _bad_post(request.POST)
        if bad:
            return self.refuse(request)
        return self.get_response(request)

    def refuse(self, request):
        message = _(
            "Het adres of formulier bevat een onzichtbaar stuurteken (bijvoorbeeld een "
            "nul-byte). Haal het weg en probeer het opnieuw."
        )
        if request.path.startswith("/api/"):
            return JsonResponse({"errors": [message]}, status=400)
        return render(request, "400.html", {"message": message}, status=400)
