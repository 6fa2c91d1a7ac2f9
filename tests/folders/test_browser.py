"""A trainer builds a collection from a content page and downloads its PDF, in a real browser."""

import io

import pytest
from pypdf import PdfReader

from accounts import roles
from folders.models import Folder
from tests.builders import add_module, add_project, add_user, build_site, knowledge_sections
from tests.conftest import assert_accessible

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
    pytest.mark.usefixtures("pdf_engine"),
]
PASSWORD = "Sicheres-Passwort-2026"


def test_trainer_collects_a_page_and_downloads_the_pdf(live_server, tab):
    home = build_site()
    sections = knowledge_sections(home)
    project = add_project(sections["projects"], title="Familienbüro im Rathaus")
    add_module(sections["course"], title="Grundlagen")
    roles.ensure_roles()
    add_user("trainerin", roles.TRAINERS, first_name="Tanja", last_name="Trainer")

    tab.goto(f"{live_server.url}/konto/anmelden/?next={project.url}")
    tab.get_by_label("Benutzername").fill("trainerin")
    tab.get_by_label("Passwort", exact=True).fill(PASSWORD)
    tab.get_by_role("button", name="Anmelden").click()
    tab.wait_for_url(live_server.url + project.url)

    tab.get_by_role("link", name="Zur Mappe hinzufügen").click()
    assert tab.get_by_role("heading", name="Zur Mappe hinzufügen").is_visible()
    assert_accessible(tab)
    tab.get_by_role("button", name="Hinzufügen").click()  # nothing chosen: a German error
    assert tab.get_by_text("Bitte wählen Sie eine Mappe oder geben Sie einen Titel").is_visible()
    tab.get_by_label("Titel der neuen Mappe").fill("Sitzung Modul 3")
    tab.get_by_label("Hinweis (optional)").fill("Für die Gruppenarbeit lesen")
    tab.get_by_role("button", name="Hinzufügen").click()
    tab.wait_for_url(live_server.url + project.url)
    assert tab.get_by_text("steht jetzt in der Mappe „Sitzung Modul 3“").is_visible()
    assert_accessible(tab)

    folder = Folder.objects.get(title="Sitzung Modul 3")
    tab.goto(live_server.url + folder.get_absolute_url())
    assert tab.get_by_role("heading", name="Sitzung Modul 3", level=1).is_visible()
    assert tab.get_by_text("Hinweis: Für die Gruppenarbeit lesen").is_visible()
    assert_accessible(tab)
    with tab.expect_download() as download_info:
        tab.get_by_role("link", name="Mappe als PDF laden").click()
    with open(download_info.value.path(), "rb") as handle:
        pages = [page.extract_text() for page in PdfReader(io.BytesIO(handle.read())).pages]
    assert "Sitzung Modul 3" in pages[0] and "Tanja Trainer" in pages[0]
    assert pages[2].startswith("1. Familienbüro im Rathaus")
