"""A family manager submits a project with a photo in a real browser; axe on every state."""

import pytest

from accounts.roles import ensure_roles
from knowledge.models import PracticeProjectPage
from tests.builders import build_site, knowledge_sections, municipality
from tests.conftest import assert_accessible

from .conftest import png_bytes

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_submit_a_project(live_server, tab, smtp_server, tmp_path):
    knowledge_sections(build_site())
    ensure_roles()
    municipality("Gescher")
    photo = tmp_path / "foto.png"
    photo.write_bytes(png_bytes())
    tab.goto(live_server.url + "/praxisprojekte/")
    tab.get_by_role("link", name="Eigenes Praxisprojekt einreichen").click()
    tab.get_by_role("heading", name="Praxisprojekt einreichen").wait_for()
    assert_accessible(tab)
    tab.get_by_role("button", name="Projekt einreichen").click()
    tab.get_by_role("heading", name="Bitte prüfen Sie Ihre Angaben").wait_for()
    assert_accessible(tab)
    tab.get_by_label("Titel des Projekts").fill("Ferienbetreuung in Gescher")
    tab.get_by_label("Kurzbeschreibung").fill("Betreuung für Schulkinder in allen Ferien.")
    tab.get_by_label("Kommune oder Kreis").select_option(label="Gescher")
    tab.get_by_label("Jahr des Projektbeginns").fill("2023")
    tab.get_by_label("Umsetzungsstand").select_option("verstetigt")
    tab.get_by_label("Kinderbetreuung").check()
    tab.get_by_label("Vorgehen").fill("Vereine und Schulen planen gemeinsam.")
    tab.get_by_label("Anhänge (freiwillig)").set_input_files(str(photo))
    tab.get_by_label("Ihr Name").fill("Petra Beispiel")
    tab.get_by_label("Ihre E-Mail-Adresse").fill("petra@example.org")
    tab.get_by_label("Ich darf dieses Projekt einreichen").check()
    tab.get_by_role("button", name="Projekt einreichen").click()
    tab.get_by_role("heading", name="Vielen Dank für Ihre Einreichung").wait_for()
    assert_accessible(tab)
    page = PracticeProjectPage.objects.get()
    assert not page.live
    assert page.get_latest_revision_as_object().gallery_images.count() == 1
    assert any(m.envelope_to == ["petra@example.org"] for m in smtp_server.messages)
