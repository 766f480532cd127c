"""Non-page views of the offers app (inside i18n_patterns: Dutch at /, English at /en/)."""

app_name = "offers"
urlpatterns = []
