"""sitemap.xml lists public live pages only; robots.txt points to it."""

import xml.etree.ElementTree as ET
from urllib.parse import urlparse

import pytest
from django.utils import timezone
from wagtail.models import Page

from tests.builders import (
    add_event,
    add_news,
    add_page,
    event_index,
    knowledge_sections,
    news_index,
    restrict_to_login,
)

pytestmark = pytest.mark.django_db

NS = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


def locations(client):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    root = ET.fromstring(response.content)  # noqa: S314 (our own output)
    assert root.tag == f"{NS}urlset"
    locs = [url.findtext(f"{NS}loc") for url in root.findall(f"{NS}url")]
    assert all(loc.startswith("http") for loc in locs)
    return [urlparse(loc).path for loc in locs]


def test_sitemap_holds_public_live_pages_only(client, home_page):
    knowledge_sections(home_page)
    public = add_page(home_page, title="Über uns", slug="ueber-uns")
    add_page(home_page, title="Entwurf", slug="entwurf", publish=False)
    internal = add_page(home_page, title="Intern", slug="intern")
    add_page(internal, title="Kursmaterial", slug="kursmaterial")
    restrict_to_login(internal)
    expired = add_page(home_page, title="Abgelaufen", slug="abgelaufen")
    Page.objects.filter(pk=expired.pk).update(expire_at=timezone.now() - timezone.timedelta(1))
    event = add_event(event_index(home_page), title="Fachtag")
    news = add_news(news_index(home_page), title="Meldung")
    locs = locations(client)
    assert "/" in locs
    for page in (public, event, news):
        assert page.url in locs
    assert "/themen/kinderbetreuung/" in locs
    assert "/termine/alle/" in locs and "/aktuelles/presse/" in locs
    for slug in ("entwurf", "intern", "kursmaterial", "abgelaufen"):
        assert not any(f"/{slug}/" in loc for loc in locs), slug


def test_robots_txt(client, home_page):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    body = response.content.decode()
    assert "Sitemap: http://testserver/sitemap.xml" in body
    assert "Disallow: /admin/" in body
