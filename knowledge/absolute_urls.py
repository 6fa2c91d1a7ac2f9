"""Absolute URLs for feeds, calendars, sitemaps and mails.

Wagtail's full URLs come from the Site record's host name and port (``http://localhost/`` in
development, whatever port the server listens on). Links that leave the page (a calendar entry,
a feed item, a sitemap location, a mail) are built from the request's own scheme, host and port
instead (the host is checked against ALLOWED_HOSTS), and without a request from the configured
``WAGTAILADMIN_BASE_URL``.
"""

from urllib.parse import urlsplit

from django.conf import settings
from wagtail.models import Site


def base_url(request=None):
    """``scheme://host[:port]`` of the request, else of WAGTAILADMIN_BASE_URL."""
    if request is not None:
        return f"{request.scheme}://{request.get_host()}"
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/")


def absolute_url(url, request=None):
    """``url`` (a path on this site, or already absolute for another site) made absolute."""
    if not url:
        return ""
    if urlsplit(url).scheme:
        return url
    return base_url(request) + url


def page_url(page, request=None):
    """The page's absolute URL; "" when it is not routable."""
    return absolute_url(page.get_url(request), request)


def rebased(url, request):
    """A full URL Wagtail built from the request's Site record, moved to the request's host."""
    site = Site.find_for_request(request) if request is not None else None
    if site is None:
        return url
    root = site.root_url
    if url == root or url.startswith(root + "/"):
        return base_url(request) + url[len(root) :]
    return url
