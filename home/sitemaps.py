"""sitemap.xml: every page an anonymous visitor may read (live, unexpired, unrestricted)."""

from wagtail.contrib.sitemaps import Sitemap

from knowledge.absolute_urls import rebased
from knowledge.access import viewable


class PublicPagesSitemap(Sitemap):
    def items(self):
        root = self.get_wagtail_site().root_page
        pages = viewable(root.get_descendants(inclusive=True), None)
        return pages.order_by("path").defer_streamfields().specific()

    def _urls(self, page, protocol, domain):
        # Locations on the request's own host and port, not the Site record's.
        urls = super()._urls(page, protocol, domain)
        for url in urls:
            url["location"] = rebased(url["location"], self.request)
        return urls
