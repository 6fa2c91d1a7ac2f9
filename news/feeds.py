"""RSS 2.0 and Atom feeds of news and press releases; public, live pages only."""

import datetime

from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Atom1Feed
from django.utils.timezone import make_aware

from knowledge.absolute_urls import page_url

from .models import NewsKind

FEED_SIZE = 20


class NewsFeed(Feed):
    """The latest news of every kind, as RSS 2.0."""

    kind = None
    title_text = "Aktuelles – Kommunales Familienmanagement NRW"
    description = "Meldungen des IQZ zum kommunalen Familienmanagement in Nordrhein-Westfalen."
    language = "de"

    def __init__(self, index):
        super().__init__()
        self.index = index

    def __call__(self, request, *args, **kwargs):
        self.request = request
        return super().__call__(request, *args, **kwargs)

    def title(self):
        return self.title_text

    def link(self):
        return self.index.url

    def items(self):
        from news import selectors

        # Feeds are public: anonymous visitors' view, whoever asks.
        return list(selectors.news(None, self.kind)[:FEED_SIZE])

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.lead

    def item_link(self, item):
        return item.url

    def item_guid(self, item):
        return page_url(item, self.request)

    def item_pubdate(self, item):
        return make_aware(datetime.datetime.combine(item.date, datetime.time(9, 0)))

    def item_updateddate(self, item):
        return item.last_published_at

    def item_categories(self, item):
        return [item.get_kind_display(), *(theme.name for theme in item.themes.all())]


class AtomNewsFeed(NewsFeed):
    feed_type = Atom1Feed
    subtitle = NewsFeed.description


class PressFeed(NewsFeed):
    """Press releases only."""

    kind = NewsKind.PRESS
    title_text = "Pressemitteilungen – Kommunales Familienmanagement NRW"
    description = "Pressemitteilungen des IQZ Bochum."

    def link(self):
        return self.index.subpage_url("press")


class AtomPressFeed(PressFeed):
    feed_type = Atom1Feed
    subtitle = PressFeed.description
