"""Calendar, event, news and newsletter pages in a real browser: keyboard navigation and axe."""

import datetime

import pytest
from django.core import mail

from news.models import PressContact
from tests.builders import (
    add_event,
    add_news,
    build_site,
    event_index,
    image,
    news_index,
)
from tests.conftest import assert_accessible

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def content():
    home = build_site()
    events = event_index(home)
    module = add_event(
        events,
        title="Modul 2: Kommunale Familienpolitik",
        kind="kursmodul",
        start=datetime.date(2026, 11, 12),
        end_date=datetime.date(2026, 11, 13),
        start_time=datetime.time(10, 0),
        end_time=datetime.time(16, 0),
        venue="Veranstaltungszentrum der Ruhr-Universität Bochum",
        registration_url="https://example.org/anmeldung",
        themes=["familienpolitische-strategie"],
    )
    add_event(
        events,
        title="Kreistreffen Coesfeld",
        kind="kreistreffen",
        start=datetime.date(2026, 12, 3),
    )
    news = news_index(home)
    release = add_news(
        news,
        title="Zertifikate übergeben",
        kind="pressemitteilung",
        press_photo=image("Übergabe", 400, 300),
        press_photo_caption="Übergabe der Zertifikate im Veranstaltungszentrum",
        press_photo_credit="IQZ / Demo",
        press_contact=PressContact.objects.create(name="Jana Beispiel", email="presse@example.org"),
        themes=["bildung"],
    )
    add_news(news, title="Neue Praxisprojekte online", themes=["bildung"])
    return module, release


def test_calendar_navigation_by_mouse_and_keyboard(live_server, tab, content):
    module, _ = content
    tab.goto(live_server.url + "/termine/2026/11/")
    assert tab.locator("table caption").inner_text() == "November 2026"
    assert_accessible(tab)

    tab.get_by_role("link", name="Nächster Monat").click()
    tab.wait_for_url("**/termine/2026/12/")
    assert tab.locator("table caption").inner_text() == "Dezember 2026"
    assert tab.get_by_role("heading", name="Termine im Dezember 2026", level=1).is_visible()

    # Back by keyboard: focus the link and press Enter.
    tab.get_by_role("link", name="Vorheriger Monat").focus()
    tab.keyboard.press("Enter")
    tab.wait_for_url("**/termine/2026/11/")

    # Tab through to a marked day and jump to its dates below the table.
    day = tab.get_by_role("link", name="12. November 2026: 1 Termin")
    day.focus()
    assert tab.evaluate("document.activeElement.textContent.trim()") == "12"
    tab.keyboard.press("Enter")
    tab.wait_for_url("**#tag-2026-11-12")
    tab.locator("#tag-2026-11-12").get_by_role("link", name=module.title).click()
    tab.wait_for_url(live_server.url + module.url)
    assert tab.get_by_role("heading", level=1).inner_text() == module.title


def test_event_list_news_and_newsletter_pages_are_accessible(live_server, tab, content):
    module, release = content
    for url in [
        module.url,
        "/termine/alle/",
        "/termine/alle/?art=party",
        "/aktuelles/",
        release.url,
    ]:
        tab.goto(live_server.url + url)
        assert tab.locator("h1").count() == 1, url
        assert_accessible(tab)


def test_newsletter_signup_in_the_browser(live_server, tab, content):
    tab.goto(live_server.url + "/")
    tab.get_by_role("link", name="Newsletter abonnieren").click()
    tab.wait_for_url("**/newsletter/")
    assert_accessible(tab)
    tab.get_by_role("button", name="Anmelden").click()  # empty form: German errors
    assert "Bitte geben Sie Ihre E-Mail-Adresse an." in tab.content()
    assert_accessible(tab)
    tab.get_by_label("E-Mail-Adresse", exact=True).fill("eva@example.org")
    tab.get_by_label("Ich möchte den Newsletter").check()
    tab.get_by_role("button", name="Anmelden").click()
    tab.wait_for_url("**/newsletter/angefordert/")
    assert_accessible(tab)
    (message,) = mail.outbox
    confirm = next(line for line in message.body.splitlines() if "/bestaetigen/" in line)
    tab.goto(confirm.replace("http://testserver", live_server.url))
    assert_accessible(tab)
    tab.get_by_role("button", name="Anmeldung bestätigen").click()
    assert tab.get_by_role("heading", level=1).inner_text().startswith("Vielen Dank")
    assert_accessible(tab)
