from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from config.api import api_router
from config.sitemaps import LocalizedSitemap
from core import views as core_views
from search import views as search_views
from serving.views import health

urlpatterns = [
    path("gezond/", health, name="health"),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("sitemap.xml", sitemap, {"sitemaps": {"pages": LocalizedSitemap}}, name="sitemap"),
    path("robots.txt", core_views.robots_txt, name="robots_txt"),
    # Browsers and feed readers ask the site's root for these, whatever the page links.
    path("favicon.ico", core_views.brand_icon, {"name": "favicon.ico"}),
    path("apple-touch-icon.png", core_views.brand_icon, {"name": "apple-touch-icon.png"}),
    path(
        "apple-touch-icon-precomposed.png",
        core_views.brand_icon,
        {"name": "apple-touch-icon.png"},
    ),
    path("api/v1/search/", search_views.search_api, name="search_api"),
    path("api/v1/openapi.json", search_views.openapi_description, name="search_api_openapi"),
    path("api/v1/suggest/", search_views.suggest_api, name="suggest_api"),
    path("api/v1/openapi.json", search_views.openapi_description, name="search_openapi"),
    path("api/v2/", api_router.urls),
    path("comments/", include("community.comment_urls")),
    # Dutch lives at the root; /nl/... is a permanent redirect to the same path without prefix.
    re_path(r"^nl/(?P<path>.*)$", core_views.dutch_prefix_redirect),
]

if settings.DEBUG:
    from django.conf.urls.static import static
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns += staticfiles_urlpatterns()
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += i18n_patterns(
    path("", include("bestpractices.urls")),
    path("", include("offers.urls")),
    path("", include("offers.bookings.urls")),
    path("", include("community.events.urls")),
    path("", include("community.networks.urls")),
    path("", include("offers.routes.urls")),
    path("", include("offers.fund.urls")),
    path("", include("community.urls")),
    path("", include("search.urls")),
    # Wagtail's page serving comes last: it catches every remaining path.
    path("", include(wagtail_urls)),
    prefix_default_language=False,
)

handler400 = "core.views.bad_request"
handler404 = "core.views.page_not_found"
handler500 = "core.views.server_error"
