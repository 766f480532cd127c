"""django-comments(-xtd) URLs, outside the language prefix and without a namespace.

Both libraries reverse their URL names unnamespaced (e.g. the mute link in follow-up e-mails).
Members post through `community:post_comment`, which checks them first. The library's own
post URL does not exist here: it skipped the rate limit and took any name, address and
follow-up request (a relay for mail to any address).

Only what the site uses is routed: the comment form's target (refused), the mute link of
follow-up e-mails and the permalink redirect (`Comment.get_absolute_url`). The libraries'
flag, delete, approve and "done" pages showed the full text of a removed or hidden reply to any
signed-in member and flagged outside the site's own rules (community.views.flags), and `sent/`
renders a reply by number: none of them is routed.
"""

from django.contrib.contenttypes.views import shortcut
from django.http import HttpResponseBadRequest
from django.urls import path, re_path
from django_comments_xtd import views as xtd_views


def no_library_post(request, *args, **kwargs):
    return HttpResponseBadRequest("Replies are posted on the discussion page.")


urlpatterns = [
    path("post/", no_library_post, name="comments-post-comment"),
    path("mute/<str:key>/", xtd_views.mute, name="comments-xtd-mute"),
    re_path(r"^cr/(\d+)/(.+)/$", shortcut, name="comments-url-redirect"),
]
