"""The page frame in a real browser, checked with axe-core (WCAG 2.1 A/AA)."""

import pytest

from tests.builders import add_page, build_site
from tests.conftest import assert_accessible

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_home_page_is_accessible_and_keyboard_usable(live_server, tab):
    home = build_site()
    add_page(home, title="Über das IQZ", slug="ueber-uns", show_in_menus=True)
    tab.goto(live_server.url + "/")
    assert tab.locator("h1").first.inner_text().startswith("Kommunales Familienmanagement")
    assert_accessible(tab)
    # The first Tab reaches the skip link, which moves focus to the main content.
    tab.keyboard.press("Tab")
    assert tab.evaluate("document.activeElement.textContent") == "Zum Inhalt springen"
    tab.keyboard.press("Enter")
    assert tab.evaluate("location.hash") == "#main"


def test_small_screen_menu_toggles(live_server, tab):
    home = build_site()
    add_page(home, title="Über das IQZ", slug="ueber-uns", show_in_menus=True)
    tab.set_viewport_size({"width": 400, "height": 800})
    tab.goto(live_server.url + "/")
    link = tab.get_by_role("link", name="Über das IQZ")
    assert not link.is_visible()
    tab.get_by_role("button", name="Menü").click()
    assert link.is_visible()
    assert_accessible(tab)


def test_404_page_is_accessible(live_server, tab):
    build_site()
    response = tab.goto(live_server.url + "/gibt-es-nicht/")
    assert response.status == 404
    assert_accessible(tab)


def test_admin_login_is_accessible(live_server, tab):
    tab.goto(live_server.url + "/admin/login/")
    assert tab.get_by_role("button", name="Anmelden").count() == 1
    assert_accessible(tab)


def test_api_index_is_accessible(live_server, tab):
    build_site()
    response = tab.goto(live_server.url + "/api/")
    assert response.status == 200
    assert tab.get_by_role("heading", level=1).inner_text() == "Programmierschnittstellen (APIs)"
    assert tab.get_by_role("link", name="Praxisprojekte als CSV-Datei").count() == 1
    assert_accessible(tab)


def test_swagger_ui_runs_under_the_sites_content_security_policy(live_server, tab):
    """ninja's Swagger UI loads from /static/ and renders the operations; nothing is blocked."""
    blocked, external = [], []
    tab.on("console", lambda msg: blocked.append(msg.text) if "Content Security" in msg.text else 0)
    tab.on(
        "request",
        lambda req: external.append(req.url) if not req.url.startswith(live_server.url) else 0,
    )
    tab.goto(live_server.url + "/api/search/docs")
    tab.locator(".opblock-summary-path", has_text="/api/search/suggest").wait_for()
    assert tab.locator(".opblock").count() == 2
    assert blocked == []
    assert external == []
