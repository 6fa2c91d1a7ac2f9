"""Plain views of the site frame: sitemap.xml, robots.txt and /favicon.ico."""

from django.http import HttpResponse, HttpResponsePermanentRedirect
from django.templatetags.static import static
from django.views.decorators.cache import cache_page
from django.views.decorators.http import require_GET
from wagtail.contrib.sitemaps.views import sitemap as wagtail_sitemap

from home.sitemaps import PublicPagesSitemap

ROBOTS = """User-agent: *
Disallow: /admin/
Disallow: /django-admin/
Disallow: /suche/
Disallow: /newsletter/bestaetigen/
Disallow: /newsletter/abmelden/

Sitemap: {sitemap}
"""


@require_GET
def sitemap(request):
    return wagtail_sitemap(request, sitemaps={"seiten": PublicPagesSitemap})


@require_GET
@cache_page(60 * 60)
def robots_txt(request):
    body = ROBOTS.format(sitemap=request.build_absolute_uri("/sitemap.xml"))
    return HttpResponse(body, content_type="text/plain; charset=utf-8")


@require_GET
def favicon(request):
    """Browsers and crawlers that ask for /favicon.ico get the site's SVG icon."""
    return HttpResponsePermanentRedirect(static("favicon.svg"))
