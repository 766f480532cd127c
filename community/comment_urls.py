"""django-comments(-xtd) URLs, outside the language prefix and without a namespace.

Both libraries reverse their URL names unnamespaced (e.g. the mute link in follow-up e-mails).
Members post through `community:post_comment`, which checks them first. The library's own
post URL does not exist here: it skipped the rate limit and took any name, address and
follow-up request (a relay for mail to any address).
"""

from django.http import HttpResponseBadRequest
from django.urls import include, path
from django_comments_xtd import views as xtd_views


def no_library_post(request, *args, **kwargs):
    return HttpResponseBadRequest("Replies are posted on the discussion page.")


urlpatterns = [
    path("post/", no_library_post, name="comments-post-comment"),
    path("sent/", xtd_views.sent, name="comments-xtd-sent"),
    path("mute/<str:key>/", xtd_views.mute, name="comments-xtd-mute"),
    path("", include("django_comments.urls")),
]
