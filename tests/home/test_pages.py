import pytest
from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

from home.models import HomePage, StandardPage
from tests.builders import add_page

pytestmark = pytest.mark.django_db


class TestTree(WagtailPageTestCase):
    def test_home_lives_at_the_root_only(self):
        self.assertAllowedParentPageTypes(HomePage, {Page})
        self.assertAllowedParentPageTypes(StandardPage, {HomePage, StandardPage})
        self.assertAllowedSubpageTypes(StandardPage, {StandardPage})


def test_home_page_renders_in_german(client, home_page):
    response = client.get("/")
    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="de">' in html
    assert 'href="#main">Zum Inhalt springen' in html
    assert '<main id="main"' in html
    assert 'aria-label="Hauptnavigation"' in html
    assert 'role="search"' in html
    assert home_page.title in html


def test_menu_and_breadcrumbs_come_from_the_tree(client, home_page):
    about = add_page(home_page, title="Über das IQZ", slug="ueber-uns", show_in_menus=True)
    add_page(home_page, title="Versteckt", slug="versteckt", show_in_menus=False)
    child = add_page(about, title="Team", slug="team")
    html = client.get(child.url).content.decode()
    nav = html.split('aria-label="Hauptnavigation"')[1].split("</nav>")[0]
    assert "Über das IQZ" in nav and "Versteckt" not in nav
    assert 'aria-current="page">Über das IQZ' in nav
    crumbs = html.split('aria-label="Brotkrümelnavigation"')[1].split("</nav>")[0]
    assert "/ueber-uns/" in crumbs and '<span aria-current="page">Team</span>' in crumbs


def test_unpublished_pages_stay_out_of_the_menu(client, home_page):
    add_page(home_page, title="Entwurf", slug="entwurf", show_in_menus=True, publish=False)
    assert "Entwurf" not in client.get("/").content.decode()


def test_404_is_german_and_styled(client, home_page):
    response = client.get("/gibt-es-nicht/")
    assert response.status_code == 404
    html = response.content.decode()
    assert "Seite nicht gefunden" in html
    assert "Zum Inhalt springen" in html


def test_500_page_is_german_without_database(client, settings):
    from django.template.loader import render_to_string

    html = render_to_string("500.html")
    assert "Technischer Fehler" in html
    assert 'lang="de"' in html


def test_admin_login_page_is_german(client):
    response = client.get("/admin/login/")
    assert response.status_code == 200
    html = response.content.decode()
    assert 'lang="de"' in html
    assert "Anmelden" in html
