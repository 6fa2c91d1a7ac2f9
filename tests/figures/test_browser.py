"""/zahlen/ and the shaded Kreis layer of the map in a real browser, with axe."""

import copy

import pytest

from tests.builders import (
    add_project,
    build_site,
    knowledge_sections,
    network_sections,
    town,
)
from tests.conftest import assert_accessible

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
TILE_URL = "http://127.0.0.1:9/kacheln/{z}/{x}/{y}.png"  # nothing listens: tiles fail fast


def test_figures_page_and_kreis_layer_on_the_map(live_server, tab, settings):
    settings.MAP_TILE_URL = TILE_URL
    policy = copy.deepcopy(settings.CONTENT_SECURITY_POLICY)
    policy["DIRECTIVES"]["img-src"].append("http://127.0.0.1:9")
    settings.CONTENT_SECURITY_POLICY = policy
    home = build_site()
    sections = {**knowledge_sections(home), **network_sections(home)}
    dortmund = town("Dortmund")
    for number in range(3):
        add_project(
            sections["projects"],
            title=f"Projekt {number}",
            slug=f"projekt-{number}",
            municipality=dortmund,
            themes=["bildung"],
        )

    tab.goto(live_server.url + "/zahlen/")
    assert tab.get_by_role("heading", name="Die Sammlung in Zahlen").is_visible()
    image = tab.get_by_role("img", name="Balkendiagramm: Praxisprojekte nach Thema, 3")
    image.scroll_into_view_if_needed()
    assert tab.evaluate("(img) => img.complete && img.naturalWidth > 0", image.element_handle())
    table = tab.get_by_role("table", name="Praxisprojekte nach Kreis (Tabelle)")
    assert table.get_by_role("row", name="Dortmund 3").is_visible()
    assert_accessible(tab)

    tab.goto(live_server.url + "/karte/")
    tab.get_by_role("button", name="Karte laden").click()
    layer = tab.get_by_label("Praxisprojekte je Kreis (schattiert, mit Anzahl)")
    layer.check()  # a checkbox: reachable and switchable by keyboard
    assert tab.locator(".kreis-count", has_text="3").is_visible()
