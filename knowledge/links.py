"""The URL of the theme overview, which every theme tag links below.

It is the same on every page of a site, so it is kept as a fragment of the content generation
(`operations.pagecache.fragment`): any publish, unpublish, move, page or site change starts a
new generation, and with it a fresh lookup.
"""

from wagtail.models import Site

from operations.pagecache import fragment


def _theme_index():
    from .models import ThemeIndexPage

    # By the overview's own (tiny) table: Wagtail's default order by tree path would walk the
    # page tree, 8 ms with 10,000 pages on PostgreSQL.
    return ThemeIndexPage.objects.live().order_by("pk").first()


def _lookup(request):
    page = _theme_index()
    if page is None:
        return None
    return page.get_url(request) if request is not None else page.url


def theme_index_url(request):
    """URL of the theme overview (relative on its own site), or None; once per request."""
    if request is None:
        return _lookup(None)
    if not hasattr(request, "_theme_index_url"):
        site = Site.find_for_request(request)
        # "" for none: the cache cannot tell a stored None from a miss.
        url = fragment(
            request, "theme-index-url", lambda: _lookup(request) or "", site.pk if site else None
        )
        request._theme_index_url = url or None
    return request._theme_index_url
