"""RSS/Atom feeds of news, press releases and practice projects per theme: valid, public only."""

import xml.etree.ElementTree as ET

import pytest

from tests.builders import (
    add_news,
    add_project,
    knowledge_sections,
    news_index,
    restrict_to_login,
)

pytestmark = pytest.mark.django_db

ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.fixture
def index(home_page):
    idx = news_index(home_page)
    add_news(idx, title="Öffentliche Meldung", themes=["bildung"])
    add_news(idx, title="Öffentliche Pressemitteilung", kind="pressemitteilung")
    add_news(idx, title="Entwurf", publish=False)
    restrict_to_login(add_news(idx, title="Interne Meldung"))
    return idx


def rss_titles(response):
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/rss+xml")
    root = ET.fromstring(response.content)  # noqa: S314 (our own output)
    assert root.tag == "rss" and root.get("version") == "2.0"
    channel = root.find("channel")
    assert channel.findtext("language") == "de"
    for item in channel.findall("item"):
        assert item.findtext("link").startswith("http://testserver/")
        assert item.findtext("guid") and item.findtext("pubDate")
    return [item.findtext("title") for item in channel.findall("item")]


def atom_titles(response):
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    root = ET.fromstring(response.content)  # noqa: S314 (our own output)
    assert root.tag == f"{ATOM}feed"
    return [entry.findtext(f"{ATOM}title") for entry in root.findall(f"{ATOM}entry")]


def test_news_feeds(client, index):
    expected = {"Öffentliche Meldung", "Öffentliche Pressemitteilung"}
    assert set(rss_titles(client.get("/aktuelles/feed/"))) == expected
    assert set(atom_titles(client.get("/aktuelles/feed/atom/"))) == expected


def test_press_feeds_hold_press_releases_only(client, index):
    assert rss_titles(client.get("/aktuelles/presse/feed/")) == ["Öffentliche Pressemitteilung"]
    assert atom_titles(client.get("/aktuelles/presse/feed/atom/")) == [
        "Öffentliche Pressemitteilung"
    ]


def test_feeds_show_the_public_view_even_to_logged_in_editors(client, index, django_user_model):
    user = django_user_model.objects.create_user("redaktion", password="x")
    client.force_login(user)
    assert "Interne Meldung" not in rss_titles(client.get("/aktuelles/feed/"))


def test_theme_feed_of_practice_projects(client, home_page):
    sections = knowledge_sections(home_page)
    add_project(sections["projects"], title="Kita-Netzwerk", themes=["kinderbetreuung"])
    add_project(sections["projects"], title="Pflegelotsen", themes=["pflege-von-angehoerigen"])
    add_project(
        sections["projects"], title="Entwurf Kita", themes=["kinderbetreuung"], publish=False
    )
    restrict_to_login(
        add_project(sections["projects"], title="Interne Kita", themes=["kinderbetreuung"])
    )
    assert rss_titles(client.get("/themen/kinderbetreuung/feed/")) == ["Kita-Netzwerk"]
    assert client.get("/themen/gibt-es-nicht/feed/").status_code == 404
    html = client.get("/themen/kinderbetreuung/").content.decode()
    assert 'type="application/rss+xml"' in html and "/themen/kinderbetreuung/feed/" in html


def test_special_characters_stay_valid_xml(client, home_page):
    idx = news_index(home_page)
    add_news(idx, title="Eltern & Kinder <mit> „Zitaten“", lead="A & B < C")
    titles = rss_titles(client.get("/aktuelles/feed/"))
    assert "Eltern & Kinder <mit> „Zitaten“" in titles
