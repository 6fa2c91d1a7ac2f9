"""The URL of the theme overview, which every theme tag links below.

It is the same on every page, so it is kept in the cache (per site) instead of being looked up
on each page view; any change to the page tree or to the sites forgets it, since a publish,
move or deletion elsewhere (of the overview or of one of its ancestors) can change it.
"""

from django.core.cache import cache
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.models import Page, Site
from wagtail.signals import page_published, page_unpublished, post_page_move

CACHE_KEY = "knowledge:theme-index-url"


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
        site_key = site.pk if site else None
        urls = cache.get(CACHE_KEY) or {}
        if site_key not in urls:
            # The site's URL or "" for none (a missing entry means "not looked up yet").
            urls = {**urls, site_key: _lookup(request) or ""}
            cache.set(CACHE_KEY, urls, None)
        request._theme_index_url = urls[site_key] or None
    return request._theme_index_url


def forget_theme_index_url():
    cache.delete(CACHE_KEY)


@receiver(page_published)
@receiver(page_unpublished)
@receiver(post_page_move)
def _page_tree_changed(**kwargs):
    forget_theme_index_url()


@receiver(post_save)
@receiver(post_delete)
def _page_or_site_saved(sender, **kwargs):
    if issubclass(sender, (Page, Site)):
        forget_theme_index_url()
