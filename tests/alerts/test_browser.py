"""Search alerts in a real browser: opt-in mail over SMTP, manage, unsubscribe; axe on each page."""

import re

import pytest

from alerts.models import SearchAlert
from tests.builders import add_project, add_user, build_site, internal_area, knowledge_sections
from tests.conftest import assert_accessible

from .conftest import links

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def mail_link(smtp_server, message, kind):
    """The path of a link in the mail (its host is the one the request named)."""
    (path,) = links(smtp_server.text(message), kind)
    return path


def test_save_a_search_confirm_it_and_manage_it(live_server, tab, smtp_server):
    sections = knowledge_sections(build_site())
    add_project(sections["projects"], title="Ferienbetreuung", themes=["kinderbetreuung"])
    tab.goto(live_server.url + "/suche/?q=Ferien&thema=kinderbetreuung")
    tab.get_by_role("link", name=re.compile("Suchauftrag anlegen")).click()
    tab.get_by_role("heading", name="Suchauftrag anlegen").wait_for()
    assert "„Ferien“ · Thema: Kinderbetreuung" in tab.content()
    assert_accessible(tab)
    tab.get_by_role("button", name="Suchauftrag anlegen").click()
    tab.get_by_role("heading", name="Bitte prüfen Sie Ihre Angaben").wait_for()
    assert_accessible(tab)
    tab.get_by_label("E-Mail-Adresse", exact=True).fill("eva@example.org")
    tab.get_by_label("monatlich").check()
    tab.get_by_label("Ich möchte per E-Mail über neue Inhalte").check()
    tab.get_by_role("button", name="Suchauftrag anlegen").click()
    tab.get_by_role("heading", name="Bitte bestätigen Sie Ihren Suchauftrag").wait_for()
    assert_accessible(tab)

    (message,) = smtp_server.messages
    tab.goto(live_server.url + mail_link(smtp_server, message, "bestaetigen"))
    assert_accessible(tab)
    tab.get_by_role("button", name="Suchauftrag bestätigen").click()
    tab.get_by_role("heading", name="Ihr Suchauftrag ist bestätigt").wait_for()
    assert "monatlich" in tab.content()
    assert_accessible(tab)
    tab.get_by_role("link", name="Ihre Suchaufträge ansehen und ändern").click()
    tab.get_by_role("heading", name="Ihre Suchaufträge").wait_for()
    assert_accessible(tab)
    tab.get_by_label("Häufigkeit").select_option("woechentlich")
    tab.get_by_role("button", name=re.compile("^Ändern")).click()
    tab.get_by_text("Ihre Änderung ist gespeichert.").wait_for()
    assert SearchAlert.objects.get().frequency == "woechentlich"

    # The unsubscribe link of the mail asks first; the list's button cancels at once.
    tab.goto(live_server.url + mail_link(smtp_server, message, "abbestellen"))
    tab.get_by_role("button", name="Jetzt abbestellen").wait_for()
    assert_accessible(tab)
    tab.get_by_role("link", name="Alle Ihre Suchaufträge").click()
    tab.get_by_role("button", name=re.compile("^Abbestellen")).click()
    tab.get_by_role("heading", name="Suchauftrag abbestellt").wait_for()
    assert_accessible(tab)
    assert SearchAlert.objects.get().status == SearchAlert.Status.CANCELLED
    tab.get_by_role("link", name="Ihre übrigen Suchaufträge").click()
    tab.get_by_text("Sie haben keine aktiven Suchaufträge.").wait_for()

    response = tab.goto(live_server.url + "/suchauftraege/verwalten/verstuemmelt/")
    assert response.status == 400
    tab.get_by_text("Der Link zu Ihren Suchaufträgen ist ungültig.").wait_for()
    assert_accessible(tab)


def test_a_participant_follows_a_theme_and_finds_it_in_the_internal_area(
    live_server, tab, smtp_server
):
    home = build_site()
    knowledge_sections(home)
    area = internal_area(home)["area"]
    add_user("teilnehmerin", "Kursteilnehmende", email="tina@example.org")
    tab.goto(live_server.url + "/konto/anmelden/")
    tab.get_by_label("Benutzername").fill("teilnehmerin")
    tab.get_by_label("Passwort", exact=True).fill("Sicheres-Passwort-2026")
    tab.get_by_role("button", name="Anmelden").click()
    tab.wait_for_url(live_server.url + "/intern/")

    tab.goto(live_server.url + "/themen/kinderbetreuung/")
    tab.get_by_role("link", name=re.compile("Neues zum Thema Kinderbetreuung")).click()
    tab.get_by_role("heading", name="Suchauftrag anlegen").wait_for()
    assert tab.get_by_label("E-Mail-Adresse", exact=True).input_value() == "tina@example.org"
    tab.get_by_label("Ich möchte per E-Mail über neue Inhalte").check()
    tab.get_by_role("button", name="Suchauftrag anlegen").click()
    # The account's own address needs no opt-in: straight to the list.
    tab.wait_for_url(live_server.url + "/konto/suchauftraege/")
    tab.get_by_role("link", name="Thema: Kinderbetreuung").wait_for()
    assert_accessible(tab)
    assert smtp_server.messages == []
    tab.goto(live_server.url + area.url)
    section = tab.get_by_role("region", name="Ihre Suchaufträge")
    section.get_by_role("link", name="Thema: Kinderbetreuung").wait_for()
    assert_accessible(tab)
