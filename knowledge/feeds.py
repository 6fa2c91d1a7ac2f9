"""RSS feed of new practice projects on one theme (/themen/<slug>/feed/); public pages only."""

from django.contrib.syndication.views import Feed

from .absolute_urls import page_url
from .access import viewable
from .models import PracticeProjectPage
from .selectors import with_theme

FEED_SIZE = 20


class ThemeProjectsFeed(Feed):
    """The newest practice projects tagged with a theme, as RSS 2.0."""

    language = "de"

    def __init__(self, theme, link):
        super().__init__()
        self.theme = theme
        self.theme_link = link

    def __call__(self, request, *args, **kwargs):
        self.request = request
        return super().__call__(request, *args, **kwargs)

    def title(self):
        return f"Neue Praxisprojekte zum Thema „{self.theme.name}“"

    def link(self):
        return self.theme_link

    def description(self):
        return (
            f"Neu veröffentlichte Praxisprojekte kommunaler Familienmanagerinnen und "
            f"Familienmanager zum Thema „{self.theme.name}“."
        )

    def items(self):
        # Feeds are public whoever asks: the anonymous visitor's view.
        queryset = with_theme(viewable(PracticeProjectPage.objects.all(), None), self.theme.slug)
        return list(
            PracticeProjectPage.for_listing(queryset).order_by("-first_published_at")[:FEED_SIZE]
        )

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return f"{item.summary} ({item.municipality.name}, {item.year})"

    def item_link(self, item):
        return item.url

    def item_guid(self, item):
        return page_url(item, self.request)

    def item_pubdate(self, item):
        return item.first_published_at

    def item_categories(self, item):
        return [theme.name for theme in item.themes.all()]
