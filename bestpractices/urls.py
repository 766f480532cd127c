"""Non-page views of the bestpractices app (inside i18n_patterns: Dutch at /, English at /en/)."""

from django.urls import path

from .feeds import NewContentFeed

app_name = "bestpractices"
urlpatterns = [
    path("feeds/nieuw/", NewContentFeed(), name="feed"),
]
