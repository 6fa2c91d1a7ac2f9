"""A visitor saves a search as an alert in a real browser: opt-in mail over SMTP, manage page."""

import re

import pytest

from tests.builders import add_project, build_site, knowledge_sections
from tests.conftest import assert_accessible

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


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
    (confirm,) = re.findall(r"http://\S+/suchauftraege/bestaetigen/\S+/", smtp_server.text(message))
    tab.goto(confirm.replace("http://testserver", live_server.url))
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
    tab.get_by_role("button", name=re.compile("^Abbestellen")).click()
    tab.get_by_role("heading", name="Suchauftrag abbestellt").wait_for()
    assert_accessible(tab)
