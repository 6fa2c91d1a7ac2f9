"""Theme pages: everything on one theme across all content types, at /themen/<slug>/."""

from django.db import models
from django.http import Http404
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import Page

from .taxonomy import Theme


class ThemeIndexPage(RoutablePageMixin, Page):
    """The theme overview (/themen/) and one sub-page per theme (/themen/<slug>/)."""

    lead = models.TextField(_("Einleitung"), max_length=600, blank=True)

    content_panels = [*Page.content_panels, FieldPanel("lead")]

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count = 1

    class Meta:
        verbose_name = _("Themen (Übersicht)")

    @path("")
    def theme_list(self, request):
        from knowledge import selectors

        return self.render(
            request, context_overrides={"themes": selectors.themes_with_counts(request.user)}
        )

    @path("<slug:slug>/")
    def theme_detail(self, request, slug):
        from knowledge import selectors

        theme = Theme.objects.filter(slug=slug).first()
        if theme is None:
            raise Http404
        return self.render(
            request,
            template="knowledge/theme_page.html",
            context_overrides={
                "theme": theme,
                "groups": selectors.content_by_type(theme, request.user),
            },
        )

    @path("<slug:slug>/feed/", name="theme_feed")
    def theme_feed(self, request, slug):
        from knowledge.feeds import ThemeProjectsFeed

        theme = Theme.objects.filter(slug=slug).first()
        if theme is None:
            raise Http404
        return ThemeProjectsFeed(theme, f"{self.url}{theme.slug}/")(request)

    def get_sitemap_urls(self, request=None):
        """The overview and every theme's own page."""
        urls = super().get_sitemap_urls(request)
        base = self.get_full_url(request)
        if base:
            urls += [
                {"location": f"{base}{slug}/"}
                for slug in Theme.objects.values_list("slug", flat=True)
            ]
        return urls
