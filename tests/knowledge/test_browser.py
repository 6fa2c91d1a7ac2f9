"""Every knowledge page type in a real browser: no axe violations, filters usable by keyboard."""

import pytest

from tests.builders import (
    add_module,
    add_project,
    add_result,
    build_site,
    knowledge_sections,
)
from tests.conftest import assert_accessible

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def content():
    sections = knowledge_sections(build_site())
    project = add_project(
        sections["projects"],
        title="Ferienbetreuung in Gescher",
        is_archived=True,
        themes=["kinderbetreuung"],
        target_groups=["schulkinder"],
        starting_situation="<p>Lange Sommerferien, berufstätige Eltern.</p>",
    )
    add_project(sections["projects"], title="Kita-Netzwerk", themes=["kinderbetreuung"])
    module = add_module(sections["course"], number=1, themes=["demografischer-wandel"])
    result = add_result(sections["groups"], themes=["familienfreundliche-verwaltung"])
    return sections, project, module, result


def test_every_knowledge_page_type_is_accessible(live_server, tab, content):
    sections, project, module, result = content
    urls = [
        sections["course"].url,
        module.url,
        sections["projects"].url,
        project.url,
        sections["groups"].url,
        result.url,
        "/themen/",
        "/themen/kinderbetreuung/",
        sections["projects"].url + "?jahr=zwei",  # the error state too
    ]
    for url in urls:
        tab.goto(live_server.url + url)
        assert tab.locator("h1").count() == 1, url
        assert_accessible(tab)


def test_filter_listing_by_keyboard(live_server, tab, content):
    sections = content[0]
    tab.goto(live_server.url + sections["projects"].url)
    tab.get_by_label("Thema").focus()
    tab.get_by_label("Thema").select_option("kinderbetreuung")
    tab.get_by_role("button", name="Anwenden").press("Enter")
    tab.wait_for_url("**/praxisprojekte/?thema=kinderbetreuung")  # empty fields left out
    assert tab.get_by_role("heading", name="2 Praxisprojekte").is_visible()
    tab.get_by_role("link", name="Filter Thema: Kinderbetreuung entfernen").click()
    tab.wait_for_url(live_server.url + sections["projects"].url)


def test_listing_text_and_order_by_keyboard(live_server, tab, content):
    sections = content[0]
    tab.goto(live_server.url + sections["projects"].url)
    form = tab.locator("form.filter-form")
    form.get_by_label("Suchbegriff").fill("Sommerferien")
    form.get_by_label("Sortierung").select_option("titel")
    tab.get_by_role("button", name="Anwenden").press("Enter")
    tab.wait_for_url("**/praxisprojekte/?q=Sommerferien&sortierung=titel")
    assert tab.get_by_role("heading", name="1 Praxisprojekt", exact=True).is_visible()
    assert tab.get_by_role("link", name="Ferienbetreuung in Gescher").is_visible()
    assert_accessible(tab)


def test_print_view_shows_the_write_up_without_the_site_controls(live_server, tab, content):
    project = content[1]
    tab.goto(live_server.url + project.url)
    assert tab.get_by_role("button", name="Drucken").is_visible()  # shown by site.js
    tab.emulate_media(media="print")
    assert tab.get_by_role("heading", name="Ferienbetreuung in Gescher").is_visible()
    assert tab.get_by_text("Lange Sommerferien, berufstätige Eltern.").is_visible()
    for selector in (".main-nav", ".site-footer", ".page-tools", ".site-search", ".breadcrumbs"):
        assert not tab.locator(selector).first.is_visible(), selector
