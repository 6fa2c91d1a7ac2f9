"""The map in a real browser: nothing from the tile server before consent, markers and popups
after it, and no axe violations in either state."""

import copy

import pytest

from tests.builders import (
    add_project,
    build_site,
    family_manager,
    knowledge_sections,
    kreis,
    network_sections,
    town,
)
from tests.conftest import assert_accessible

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

# Nothing listens on port 9 (discard): tile requests fail fast, offline or not.
TILE_URL = "http://127.0.0.1:9/kacheln/{z}/{x}/{y}.png"


@pytest.fixture
def map_site(settings):
    settings.MAP_TILE_URL = TILE_URL
    # The policy allows the configured tile server; follow the test's tile server here.
    policy = copy.deepcopy(settings.CONTENT_SECURITY_POLICY)
    policy["DIRECTIVES"]["img-src"].append("http://127.0.0.1:9")
    settings.CONTENT_SECURITY_POLICY = policy
    home = build_site()
    sections = {**knowledge_sections(home), **network_sections(home)}
    k = kreis("Kreis Höxter")  # no coordinates: not on the map, only in the list
    hoexter = town("Höxter", kreis=k)
    family_manager(hoexter, "Anna Offen", consent=True)
    add_project(sections["projects"], title="Ferienspiele", municipality=hoexter, themes=["jugend"])
    town("Köln")
    town("Münster")
    return sections


def tile_requests(tab):
    seen = []
    tab.on(
        "request", lambda request: seen.append(request.url) if "/kacheln/" in request.url else None
    )
    return seen


def test_consent_then_markers_and_popup(live_server, tab, map_site):
    # Without animations (the map honours the setting): a click never lands mid-zoom.
    tab.emulate_media(reduced_motion="reduce")
    tiles = tile_requests(tab)
    tab.goto(live_server.url + "/karte/")
    load = tab.get_by_role("button", name="Karte laden")
    load.wait_for()
    assert tab.get_by_text("Datenschutz-Hinweis").is_visible()
    assert not tab.locator(".leaflet-container").count()
    assert_accessible(tab)
    assert tiles == [], "no tile before consent"
    revoke = tab.get_by_role("button", name="Karte ausblenden und Zustimmung widerrufen")
    assert revoke.is_hidden(), "nothing to revoke before consent"

    load.click()
    marker = tab.get_by_role("button", name="Höxter", exact=True)
    marker.wait_for()
    assert tab.locator(".leaflet-marker-icon").count() >= 3
    assert tab.locator("[data-map-status]").inner_text() == "Die Karte zeigt 3 Kommunen."
    assert tiles, "tiles requested after consent"
    assert revoke.is_visible()
    marker.click()
    popup = tab.locator(".leaflet-popup")
    popup.wait_for()
    assert "1 Familienmanager/in · 1 Praxisprojekt" in popup.inner_text()
    assert tab.locator(".leaflet-popup-close-button").get_attribute("aria-label") == (
        "Hinweisfenster schließen"
    )
    assert_accessible(tab)

    popup.get_by_role("link", name="Zur Seite von Höxter").click()
    tab.wait_for_url("**/kommunen/hoexter/")
    assert tab.locator("h1").inner_text() == "Höxter"
    assert_accessible(tab)


def test_theme_filter_and_revoking_consent(live_server, tab, map_site):
    tiles = tile_requests(tab)
    tab.goto(live_server.url + "/karte/")
    tab.get_by_label("Zustimmung in diesem Browser merken").check()
    tab.get_by_role("button", name="Karte laden").click()
    tab.get_by_role("button", name="Köln", exact=True).wait_for()
    tab.get_by_label("Thema").select_option("jugend")
    tab.get_by_text("Die Karte zeigt 1 Kommune.").wait_for()
    assert tab.get_by_role("button", name="Köln", exact=True).count() == 0

    # Consent remembered: the next visit shows the map at once.
    tab.reload()
    tab.get_by_role("button", name="Höxter", exact=True).wait_for()
    tab.get_by_role("button", name="Karte ausblenden und Zustimmung widerrufen").click()
    assert tab.locator("#network-map").is_hidden()
    assert tab.evaluate("document.activeElement.textContent") == "Karte laden"
    tiles.clear()
    tab.reload()
    tab.get_by_role("button", name="Karte laden").wait_for()
    tab.wait_for_timeout(300)
    assert tiles == []
    assert not tab.locator(".leaflet-marker-icon").count()


def test_without_javascript_the_list_remains(live_server, browser, map_site):
    """No script: a notice, the list grouped by Kreis, no consent box and no tile request."""
    context = browser.new_context(java_script_enabled=False, locale="de-DE")
    context.set_default_timeout(10_000)
    try:
        tab = context.new_page()
        tiles = tile_requests(tab)
        tab.goto(live_server.url + "/karte/", wait_until="domcontentloaded")
        assert tab.get_by_text("Die interaktive Karte braucht JavaScript.").is_visible()
        assert tab.locator("[data-map-consent]").is_hidden()
        assert tab.get_by_role("link", name="Höxter").count() >= 1
        assert tab.get_by_role("heading", name="Kreis Höxter").count() == 1
        assert tiles == []
    finally:
        context.close()
