"""Following: start or stop following a discussion, a page's replies or a theme; and the
one-click stop link in every notification e-mail."""

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.contrib.contenttypes.models import ContentType
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods, require_POST

from core.redirects import safe_next

from ..auth import has_verified_email
from ..models import Follow
from ..models.follows import followable, item_title
from ..notifications import read_stop_token
from .common import message_page


@require_POST
def follow(request, kind, key):
    back = safe_next(request, "/")
    if not request.user.is_authenticated:
        return redirect_to_login(back)
    if not has_verified_email(request.user):
        return message_page(
            request,
            _("Bevestig eerst uw e-mailadres"),
            _("Wij sturen berichten alleen naar een e-mailadres dat u heeft bevestigd."),
            status=403,
            link="account_email",
            link_text=_("E-mailadressen beheren"),
        )
    item = followable(kind, key)
    if item is None:
        raise Http404
    title = item_title(item)
    if request.POST.get("action") == "stop":
        Follow.stop(request.user, item)
        messages.success(request, _("U volgt “%(title)s” niet meer.") % {"title": title})
    else:
        Follow.start(request.user, item)
        messages.success(
            request,
            _("U volgt “%(title)s”. U krijgt een e-mail bij iets nieuws.") % {"title": title},
        )
    return redirect(back)


@csrf_exempt  # the link carries its own signature; mail programs POST it (RFC 8058)
@never_cache  # each click must reach the view and stop the follow
@require_http_methods(["GET", "POST"])
def follow_stop(request, token):
    """Stop one follow from the link in a notification, without login: GET asks (link
    scanners and mail previews open links), POST stops; mail programs POST the link itself
    (RFC 8058 one-click, `List-Unsubscribe-Post`)."""
    parsed = read_stop_token(token)
    if parsed is None:
        return message_page(
            request,
            _("Deze link werkt niet"),
            _(
                "De link is niet volledig of is veranderd. Kopieer de hele link uit de e-mail, "
                "of stop met volgen via uw profiel."
            ),
            status=400,
            link="community:my_profile",
            link_text=_("Naar mijn profiel"),
        )
    member_id, content_type_id, object_id = parsed
    content_type = ContentType.objects.filter(pk=content_type_id).first()
    item = None
    if content_type is not None and content_type.model_class() is not None:
        item = content_type.model_class()._default_manager.filter(pk=object_id).first()
    title = item_title(item)
    if request.method == "GET":
        return render(request, "community/follow_stop.html", {"title": title})
    Follow.objects.filter(
        member_id=member_id, content_type_id=content_type_id, object_id=object_id
    ).delete()
    if request.POST.get("List-Unsubscribe") == "One-Click":
        return HttpResponse(_("U volgt dit niet meer."), content_type="text/plain; charset=utf-8")
    return message_page(
        request,
        _("U volgt dit niet meer"),
        _("U krijgt geen e-mails meer over “%(title)s”.") % {"title": title}
        if title
        else _("U krijgt hierover geen e-mails meer."),
    )
