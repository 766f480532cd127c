"""Non-page views of the bestpractices app (inside i18n_patterns: Dutch at /, English at /en/)."""

app_name = "bestpractices"
urlpatterns = []
