"""Non-page views of the search app (inside i18n_patterns: Dutch at /, English at /en/)."""

app_name = "search"
urlpatterns = []
