"""django-comments(-xtd) URLs, outside the language prefix and without a namespace.

Both libraries reverse their URL names unnamespaced (e.g. the mute link in follow-up e-mails).
Members post through `community:post_comment`, which checks them first; the library's own
post URL refuses anyone who is not a signed-in member with a verified address.
"""

from django.urls import include, path
from django_comments_xtd import views as xtd_views

urlpatterns = [
    path("sent/", xtd_views.sent, name="comments-xtd-sent"),
    path("mute/<str:key>/", xtd_views.mute, name="comments-xtd-mute"),
    path("", include("django_comments.urls")),
]
