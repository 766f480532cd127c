"""Request guards that apply to every view: no control characters in parameters."""

from django.http import JsonResponse
from django.shortcuts import render
from django.utils.translation import gettext as _

from .text import has_control_characters

NUL = "\x00"


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
