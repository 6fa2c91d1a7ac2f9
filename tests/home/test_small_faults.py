"""Small faults a new user tripped over: number format, places named twice, the development
404, the favicon and the admin avatars."""

import pytest
from django.test import override_settings

from tests.builders import (
    add_event,
    add_user,
    event_index,
    family_manager,
    municipality,
    network_sections,
)

pytestmark = pytest.mark.django_db


def test_population_has_german_thousands_separators(client, home_page):
    network_sections(home_page)
    municipality("Dortmund", kind="kreisfreie_stadt", slug="dortmund", population=1234567)
    html = client.get("/kommunen/dortmund/").content.decode()
    assert "<dd>1.234.567</dd>" in html


def test_an_event_names_its_town_once(client, home_page):
    dortmund = municipality("Dortmund", kind="kreisfreie_stadt", slug="dortmund")
    bochum = municipality("Bochum", kind="kreisfreie_stadt", slug="bochum")
    index = event_index(home_page)
    add_event(
        index,
        title="Fachtag",
        venue="Westfalenhallen",
        address="Rheinlanddamm 200, 44139 Dortmund",
        municipality=dortmund,
    )
    add_event(index, title="Kreistreffen", venue="Rathaus", municipality=bochum)
    html = client.get("/termine/fachtag/").content.decode()
    assert "<dd>Westfalenhallen<br>Rheinlanddamm 200, 44139 Dortmund</dd>" in html
    html = client.get("/termine/kreistreffen/").content.decode()
    assert "<dd>Rathaus<br>Bochum</dd>" in html


def test_development_shows_the_sites_german_404_for_a_missing_page(client, home_page):
    from cms.settings import dev

    with override_settings(DEBUG=True, MIDDLEWARE=dev.MIDDLEWARE):
        response = client.get("/gibt-es-nicht/")
    assert response.status_code == 404
    html = response.content.decode()
    assert "<h1>Seite nicht gefunden</h1>" in html and "Page not found" not in html


def test_favicon_is_linked_and_served(client, home_page):
    html = client.get("/").content.decode()
    assert 'rel="icon" href="/static/favicon.svg" type="image/svg+xml"' in html
    response = client.get("/favicon.ico")
    assert response.status_code == 301 and response["Location"] == "/static/favicon.svg"


def test_admin_avatars_come_from_wagtail_not_gravatar(client, home_page):
    user = add_user("redaktion", is_superuser=True, is_staff=True)
    client.force_login(user)
    html = client.get("/admin/").content.decode()
    assert "default-user-avatar" in html and "gravatar" not in html


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_a_long_email_address_breaks_inside_its_card_on_a_phone(live_server, browser):
    from tests.builders import build_site

    network_sections(build_site())
    place = municipality("Schloß Holte-Stukenbrock", slug="shs")
    address = "familienmanagement.jugendhilfe@schloss-holte-stukenbrock.example.org"
    family_manager(place, "Anna Offen", consent=True, email=address)
    context = browser.new_context(viewport={"width": 390, "height": 844}, locale="de-DE")
    tab = context.new_page()
    tab.goto(live_server.url + "/kommunen/shs/")
    card = tab.locator(".person-list .card")
    assert address in card.inner_text()
    widths = card.evaluate("el => [el.scrollWidth, el.clientWidth]")
    assert widths[0] <= widths[1]
    assert tab.evaluate("document.documentElement.scrollWidth") <= 390
    context.close()
