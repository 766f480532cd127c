"""Non-page views of the search app (inside i18n_patterns: Dutch at /, English at /en/)."""

from django.urls import path
from django.utils.translation import gettext_lazy as _

from . import views

app_name = "search"
urlpatterns = [path(_("zoeken/"), views.search_page, name="search")]
