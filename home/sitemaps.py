"""sitemap.xml: every page an anonymous visitor may read (live, unexpired, unrestricted)."""

from wagtail.contrib.sitemaps import Sitemap

from knowledge.access import viewable


class PublicPagesSitemap(Sitemap):
    def items(self):
        root = self.get_wagtail_site().root_page
        pages = viewable(root.get_descendants(inclusive=True), None)
        return pages.order_by("path").defer_streamfields().specific()
