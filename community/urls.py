"""Non-page views of the community app (inside i18n_patterns: Dutch at /, English at /en/)."""

app_name = "community"
urlpatterns = []
