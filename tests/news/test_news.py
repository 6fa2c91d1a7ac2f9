"""News and press releases: pages, press photo and contact, listing, related news."""

import datetime

import pytest
from wagtail.test.utils import WagtailPageTestCase

from home.models import HomePage
from news.models import NewsIndexPage, NewsPage, PressContact
from tests.builders import (
    add_news,
    add_project,
    image,
    knowledge_sections,
    news_index,
    restrict_to_login,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def index(home_page):
    return news_index(home_page)


class TestTree(WagtailPageTestCase):
    def test_tree(self):
        self.assertAllowedParentPageTypes(NewsIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(NewsIndexPage, {NewsPage})
        self.assertAllowedSubpageTypes(NewsPage, set())


def test_press_release_offers_the_photo_with_credit_and_the_contact(client, index):
    contact = PressContact.objects.create(
        name="Dr. Jana Beispiel",
        role="Pressereferentin",
        email="presse@example.org",
        phone="0234 000",
    )
    release = add_news(
        index,
        title="23 neue Familienmanagerinnen und Familienmanager zertifiziert",
        kind="pressemitteilung",
        date=datetime.date(2026, 9, 20),
        press_photo=image("Zertifikatsübergabe"),
        press_photo_caption="Die Absolventinnen und Absolventen des fünften Kurses",
        press_photo_credit="IQZ / Demo",
        press_contact=contact,
        themes=["familienpolitische-strategie"],
    )
    html = client.get(release.url).content.decode()
    assert "Pressemitteilung" in html and "20. September 2026" in html
    assert "Pressefoto herunterladen" in html and " download>" in html
    assert "Foto: IQZ / Demo" in html and "Die Absolventinnen und Absolventen" in html
    assert "Dr. Jana Beispiel" in html and "mailto:presse@example.org" in html


def test_press_photo_needs_a_credit(index):
    from django.core.exceptions import ValidationError

    page = NewsPage(title="x", lead="x", press_photo=image())
    with pytest.raises(ValidationError) as error:
        page.clean()
    assert "Bildnachweis" in str(error.value)


def test_listing_newest_first_and_press_section(client, index):
    add_news(index, title="Ältere Meldung", date=datetime.date(2026, 1, 5))
    add_news(index, title="Neuere Meldung", date=datetime.date(2026, 10, 5))
    add_news(
        index, title="Mitteilung Juni", kind="pressemitteilung", date=datetime.date(2026, 6, 1)
    )
    add_news(index, title="Entwurf", publish=False)
    html = client.get("/aktuelles/").content.decode().split('id="main"')[1]
    assert (
        html.index("Neuere Meldung") < html.index("Mitteilung Juni") < html.index("Ältere Meldung")
    )
    assert "Entwurf" not in html
    press = client.get("/aktuelles/presse/").content.decode()
    assert "Mitteilung Juni" in press and "Neuere Meldung" not in press


@pytest.mark.parametrize("value", ["abc", "0", "99", "-1", "9" * 30])
def test_bad_page_numbers_answer_400_in_german(client, index, value):
    add_news(index)
    response = client.get("/aktuelles/", {"seite": value})
    assert response.status_code == 400
    assert "Seite" in response.content.decode()


def test_related_news_on_knowledge_pages_by_shared_theme(client, home_page, index):
    sections = knowledge_sections(home_page)
    project = add_project(sections["projects"], title="Kita-Netzwerk", themes=["kinderbetreuung"])
    add_news(index, title="Neue Kita-Plätze", themes=["kinderbetreuung"])
    add_news(index, title="Pflegetag", themes=["pflege-von-angehoerigen"])
    restrict_to_login(add_news(index, title="Interne Kita-Notiz", themes=["kinderbetreuung"]))
    html = client.get(project.url).content.decode()
    section = html.split('id="related-news-heading"')[1].split("</section>")[0]
    assert "Neue Kita-Plätze" in section
    assert "Pflegetag" not in section and "Interne Kita-Notiz" not in section


def test_news_appear_on_theme_pages(client, home_page, index):
    knowledge_sections(home_page)
    add_news(index, title="Neue Kita-Plätze", themes=["kinderbetreuung"])
    html = client.get("/themen/kinderbetreuung/").content.decode()
    assert "Neue Kita-Plätze" in html and "Meldungen und Pressemitteilungen" in html


def test_queries_flat_from_5_to_50_news(client, index):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext
    from django.utils import timezone

    from tests.builders import theme

    def fill(n):
        for i in range(n):
            page = NewsPage(
                title=f"Meldung {i}",
                slug=f"meldung-{index.get_children_count()}",
                lead="Kurz.",
                kind=["meldung", "pressemitteilung"][i % 2],
                live=True,
                first_published_at=timezone.now(),
                last_published_at=timezone.now(),
            )
            page.themes.add(theme("bildung"))
            index.add_child(instance=page)

    def count(url):
        client.get(url)
        with CaptureQueriesContext(connection) as ctx:
            assert client.get(url).status_code == 200
        return len(ctx)

    urls = ["/aktuelles/", "/aktuelles/presse/", "/aktuelles/feed/", "/aktuelles/presse/feed/atom/"]
    fill(5)
    few = {url: count(url) for url in urls}
    fill(45)
    assert {url: count(url) for url in urls} == few
