"""The internal area and the review workflow in a real browser, with axe on every page shown."""

import re

import pytest

from accounts import roles
from tests.builders import add_user, build_site, internal_area, knowledge_sections
from tests.conftest import assert_accessible

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
PASSWORD = "Sicheres-Passwort-2026"
LOGIN_URL = re.compile(r"/konto/anmelden/\?next=")


@pytest.fixture
def internal():
    home = build_site()
    sections = knowledge_sections(home)
    return {**sections, **internal_area(home)}


def log_in(tab, username):
    tab.get_by_label("Benutzername").fill(username)
    tab.get_by_label("Passwort", exact=True).fill(PASSWORD)
    tab.get_by_role("button", name="Anmelden").click()


def test_anonymous_visitor_is_sent_to_the_login(live_server, tab, internal):
    tab.goto(live_server.url + internal["material"].url)
    tab.wait_for_url(LOGIN_URL)
    assert tab.get_by_role("heading", name="Anmelden", level=1).is_visible()
    assert tab.get_by_text("Bitte melden Sie sich an").is_visible()
    assert_accessible(tab)
    response = tab.goto(live_server.url + internal["document"].url)
    assert "/konto/anmelden/" in tab.url
    assert response.status == 200  # the login page after the redirect


def test_participant_reads_module_material_and_downloads_a_handout(live_server, tab, internal):
    add_user("teilnehmer", roles.PARTICIPANTS, "Kursteilnehmende Kurs 5")
    tab.goto(live_server.url + internal["material"].url)
    tab.wait_for_url(LOGIN_URL)
    log_in(tab, "teilnehmer")
    tab.wait_for_url(live_server.url + internal["material"].url)
    assert tab.get_by_role("heading", name="Modul 1 intern").is_visible()
    assert_accessible(tab)
    with tab.expect_download() as download_info:
        tab.get_by_role("link", name=internal["document"].title).click()
    download = download_info.value
    with open(download.path(), "rb") as handle:
        assert handle.read() == b"%PDF-1.4 test"
    for url in ("/intern/", internal["section"].url, "/konto/passwort/"):
        tab.goto(live_server.url + url)
        assert tab.locator("h1").count() == 1
        assert_accessible(tab)
    tab.get_by_role("button", name="Abmelden").click()
    assert tab.get_by_role("heading", name="Sie sind abgemeldet").is_visible()
    assert_accessible(tab)


def test_password_pages_and_lockout_are_accessible(live_server, tab, internal):
    add_user("teilnehmer", roles.PARTICIPANTS)
    tab.goto(live_server.url + "/konto/passwort-vergessen/")
    assert_accessible(tab)
    tab.goto(live_server.url + "/konto/anmelden/")
    for _ in range(4):
        tab.get_by_label("Benutzername").fill("teilnehmer")
        tab.get_by_label("Passwort", exact=True).fill("falsch")
        tab.get_by_role("button", name="Anmelden").click()
        assert tab.get_by_text("Benutzername oder Passwort sind nicht richtig").is_visible()
    assert_accessible(tab)
    tab.get_by_label("Benutzername").fill("teilnehmer")
    tab.get_by_label("Passwort", exact=True).fill("falsch")
    with tab.expect_response(lambda r: r.request.method == "POST") as response_info:
        tab.get_by_role("button", name="Anmelden").click()
    assert response_info.value.status == 429
    assert tab.get_by_role("heading", name="Anmeldung vorübergehend gesperrt").is_visible()
    assert_accessible(tab)


def test_trainer_submits_a_module_and_an_editor_approves_it(live_server, browser, internal):
    from django.core import mail

    from knowledge.models import ModulePage

    add_user("trainerin", roles.TRAINERS, first_name="Tanja", last_name="Torwegge")
    add_user("redaktion", roles.EDITORS, first_name="Rena", last_name="Redlich")
    mail.outbox.clear()

    trainer = browser.new_context(locale="de-DE")
    trainer.set_default_timeout(15_000)
    tab = trainer.new_page()
    tab.goto(f"{live_server.url}/admin/pages/add/knowledge/modulepage/{internal['course'].pk}/")
    tab.wait_for_url("**/admin/login/**")
    tab.locator("#id_username").fill("trainerin")
    tab.locator("#id_password").fill(PASSWORD)
    tab.locator("form button[type=submit]").click()
    tab.wait_for_url("**/admin/pages/add/knowledge/modulepage/**")
    tab.locator("#id_title").fill("Modul 3: Verwaltungsstrukturen")
    tab.locator("#id_number").select_option("3")
    tab.locator("#id_month").select_option("5")
    tab.locator("#id_summary").fill("Wie Familienpolitik in der Verwaltung verankert wird.")
    tab.locator("footer .w-dropdown__toggle").first.click()
    # Wait for the answer to the POST: the add form's own URL already matches /admin/pages/.
    with tab.expect_navigation(wait_until="domcontentloaded"):
        tab.locator('button[name="action-submit"]').click()
    assert "/add/" not in tab.url
    page = ModulePage.objects.get(title="Modul 3: Verwaltungsstrukturen")
    assert not page.live
    assert page.current_workflow_state is not None
    assert any("redaktion@example.org" in m.to for m in mail.outbox)
    # The trainer has no publish button.
    tab.goto(f"{live_server.url}/admin/pages/{page.pk}/edit/")
    assert tab.locator('button[name="action-publish"]').count() == 0
    trainer.close()

    editor = browser.new_context(locale="de-DE")
    editor.set_default_timeout(15_000)
    tab = editor.new_page()
    tab.goto(f"{live_server.url}/admin/pages/{page.pk}/edit/")
    tab.locator("#id_username").fill("redaktion")
    tab.locator("#id_password").fill(PASSWORD)
    tab.locator("form button[type=submit]").click()
    tab.wait_for_url(f"**/admin/pages/{page.pk}/edit/")
    tab.locator("footer .w-dropdown__toggle").first.click()
    approve = tab.locator(
        'button[data-workflow-action-name="approve"]:not([data-workflow-action-modal-url])'
    )
    with tab.expect_navigation(wait_until="domcontentloaded"):
        approve.click()
    page.refresh_from_db()
    assert page.live
    editor.close()
    anonymous = browser.new_context(locale="de-DE")
    public = anonymous.new_page()
    assert public.goto(live_server.url + page.url).status == 200
    assert public.get_by_role("heading", name="Modul 3: Verwaltungsstrukturen").is_visible()
    anonymous.close()
