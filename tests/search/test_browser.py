"""The search in a real browser: accessible, facets work by keyboard, autocomplete enhances."""

import pytest

from tests.builders import add_project, build_site, knowledge_sections, municipality
from tests.conftest import assert_accessible

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def content():
    sections = knowledge_sections(build_site())
    add_project(
        sections["projects"],
        title="Ferienbetreuung in Gescher",
        themes=["kinderbetreuung"],
        municipality=municipality("Gescher", slug="gescher"),
        starting_situation="<p>Lange Sommerferien, berufstätige Eltern.</p>",
    )
    add_project(
        sections["projects"],
        title="Familienbüro im Rathaus",
        themes=["bildung"],
        municipality=municipality("Telgte", slug="telgte"),
    )
    return sections


def test_search_page_states_are_accessible(live_server, tab, content):
    for query in ("?q=Ferienbetreuung", "", "?q=Ferienbetreuunk", "?seite=abc"):
        tab.goto(live_server.url + "/suche/" + query)
        assert tab.locator("h1").count() == 1
        assert_accessible(tab)


def test_facet_narrows_and_undo_widens(live_server, tab, content):
    tab.goto(live_server.url + "/suche/?q=Ferienbetreuung+Familienbüro")
    assert tab.locator(".search-hit").count() == 2
    tab.locator(".search-facets a", has_text="Gescher").first.focus()
    tab.keyboard.press("Enter")
    tab.wait_for_url("**kommune=gescher**")
    assert tab.locator(".search-hit").count() == 1
    tab.locator(".active-filters a", has_text="Kommune: Gescher").click()
    tab.wait_for_load_state()
    assert tab.locator(".search-hit").count() == 2


def test_autocomplete_suggests_and_keyboard_chooses(live_server, tab, content):
    tab.goto(live_server.url + "/")
    box = tab.locator("#site-search-q")
    box.fill("ferien")
    options = tab.locator("[role=option]")
    options.first.wait_for()
    assert "Ferienbetreuung in Gescher" in tab.locator("[role=listbox]").inner_text()
    assert box.get_attribute("aria-expanded") == "true"
    assert_accessible(tab)
    box.press("ArrowDown")
    assert options.first.get_attribute("aria-selected") == "true"
    box.press("Enter")
    tab.wait_for_url("**/ferienbetreuung-in-gescher/")


def test_search_works_without_javascript(live_server, browser, content):
    context = browser.new_context(java_script_enabled=False, locale="de-DE")
    page = context.new_page()
    page.goto(live_server.url + "/")
    page.fill("#site-search-q", "Rathaus")
    page.press("#site-search-q", "Enter")
    page.wait_for_url("**/suche/?q=Rathaus")
    assert page.locator(".search-hit h3").inner_text() == "Familienbüro im Rathaus"
    context.close()


def test_on_a_phone_results_come_first_and_filters_open_on_demand(live_server, browser, content):
    """390 px without JavaScript: the first hit in the first screen, facets behind "Filter";
    from the two-column width on the facets show at once."""
    url = live_server.url + "/suche/?q=Ferienbetreuung+Familienbüro"
    for javascript in (False, True):
        phone = browser.new_context(
            viewport={"width": 390, "height": 844}, java_script_enabled=javascript, locale="de-DE"
        )
        tab = phone.new_page()
        tab.goto(url)
        assert tab.locator(".search-hit").first.bounding_box()["y"] < 844
        facet = tab.locator(".search-facets a", has_text="Gescher")
        assert facet.is_hidden()
        tab.locator(".filter-summary").click()
        assert facet.is_visible()
        if javascript:  # axe-core runs as a script in the page
            assert_accessible(tab)
        phone.close()

    desk = browser.new_context(viewport={"width": 1280, "height": 900}, locale="de-DE")
    tab = desk.new_page()
    tab.goto(url)
    assert tab.locator(".search-facets a", has_text="Gescher").is_visible()
    assert tab.locator(".filter-summary").is_hidden()
    desk.close()
