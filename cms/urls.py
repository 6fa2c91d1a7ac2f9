from django.conf import settings
from django.contrib import admin
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from cms.api import api_router
from home import api_docs
from home import views as home_views
from search.api import api as search_api

urlpatterns = [
    path("django-admin/", admin.site.urls),
    path("admin/", include(wagtailadmin_urls)),
    path("dokumente/", include(wagtaildocs_urls)),
    path("api/", api_docs.api_index, name="api_index"),
    path("api/v2/", api_router.urls),
    path("api/search/", search_api.urls),
    path("konto/", include("accounts.urls")),
    path("mappen/", include("folders.urls")),
    path("zahlen/", include("figures.urls")),
    path("", include("search.urls")),
    path("", include("newsletter.urls")),
    path("", include("feedback.urls")),
    path("", include("contact.urls")),
    path("", include("submissions.urls")),
    path("", include("alerts.urls")),
    path("sitemap.xml", home_views.sitemap, name="sitemap"),
    path("robots.txt", home_views.robots_txt, name="robots_txt"),
    path("favicon.ico", home_views.favicon, name="favicon"),
    path("", include("network.urls")),
    path("", include("transfer.urls")),
]

if settings.DEBUG:
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns
    from django.urls import re_path

    from operations.views import development_media

    urlpatterns += staticfiles_urlpatterns()
    # Documents only ever go through /dokumente/ (which checks collection restrictions); the raw
    # files under media/documents/ are not served, not even in development.
    urlpatterns += [re_path(r"^media/(?P<path>.+)$", development_media)]

# A database outage outside a view still answers 503 (operations.views).
handler500 = "operations.views.server_error"

# Wagtail serves everything not caught above; keep it last.
urlpatterns += [path("", include(wagtail_urls))]
