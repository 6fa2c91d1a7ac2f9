"""Absolute URLs in calendars, feeds and the sitemap name the host and port the visitor used.

The Site record says localhost:80; a development server on another port (or a production host
behind https) must not hand out links to http://localhost/.
"""

import re

import pytest

from tests.builders import (
    add_event,
    add_news,
    add_project,
    event_index,
    knowledge_sections,
    news_index,
)

pytestmark = pytest.mark.django_db

FEEDS = [
    "/termine/ical/",
    "/termine/werkstatt-familienzentren/ical/",
    "/aktuelles/feed/",
    "/aktuelles/feed/atom/",
    "/aktuelles/presse/feed/",
    "/themen/kinderbetreuung/feed/",
    "/sitemap.xml",
]
# URLs of this site (not XML namespaces), unfolded from iCalendar's 75-octet lines first.
OWN_URL = re.compile(r"https?://(?!www\.w3\.org|www\.sitemaps\.org)[^\s<\"]+")


@pytest.fixture
def content(home_page):
    add_event(event_index(home_page), title="Werkstatt Familienzentren")
    news = news_index(home_page)
    add_news(news, title="Neue Werkstattreihe")
    add_news(news, title="Zertifikate übergeben", kind="pressemitteilung")
    sections = knowledge_sections(home_page)
    add_project(sections["projects"], title="Kita-Netzwerk", themes=["kinderbetreuung"])


def own_urls(response):
    assert response.status_code == 200
    text = response.content.decode().replace("\r\n ", "")
    return OWN_URL.findall(text)


@pytest.mark.parametrize("path", FEEDS)
@pytest.mark.parametrize(
    ("host", "secure", "base"),
    [
        ("127.0.0.1:8011", False, "http://127.0.0.1:8011/"),
        ("localhost", True, "https://localhost/"),
    ],
)
def test_links_use_the_requests_scheme_host_and_port(client, content, path, host, secure, base):
    urls = own_urls(client.get(path, HTTP_HOST=host, secure=secure))
    # The items themselves, not only the channel link.
    assert any(
        word in url for url in urls for word in ("werkstatt", "kita-netzwerk", "zertifikate")
    ), urls
    assert [url for url in urls if not url.startswith(base)] == []


def test_without_a_request_the_configured_base_url_is_used(content, settings):
    from events.models import EventPage
    from knowledge.absolute_urls import page_url

    settings.WAGTAILADMIN_BASE_URL = "https://familie.example.org/"
    event = EventPage.objects.get()
    assert page_url(event) == "https://familie.example.org/termine/werkstatt-familienzentren/"
