"""A visitor writes to a project's contact person in a real browser; the mail goes over SMTP."""

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


def test_contact_the_author_of_a_project(live_server, tab, smtp_server):
    home = build_site()
    sections = knowledge_sections(home)
    network_sections(home)
    district = kreis("Kreis Höxter")
    bernd = family_manager(
        town("Höxter", kreis=district), "Bernd Verborgen", email="bernd.geheim@example.org"
    )
    family_manager(district, "Carla Kreis", email="carla.intern@example.org")
    project = add_project(sections["projects"], title="Pflegelotsen Höxter", contact_person=bernd)
    tab.goto(live_server.url + project.url)
    tab.get_by_role("link", name="Kontakt aufnehmen mit Bernd Verborgen").click()
    tab.get_by_role("heading", name="Kontakt aufnehmen").wait_for()
    assert_accessible(tab)
    tab.get_by_label("Ihr Name").fill("Eva Muster")
    tab.get_by_label("Ihre E-Mail-Adresse").fill("eva@example.org")
    tab.get_by_label("Betreff").fill("Frage zu den Pflegelotsen")
    tab.get_by_label("Ihre Nachricht").fill("Kurz.")
    tab.get_by_role("button", name="Nachricht senden").click()
    tab.get_by_role("heading", name="Bitte prüfen Sie Ihre Angaben").wait_for()
    assert_accessible(tab)  # the error state too
    tab.get_by_role(
        "link", name="Die Nachricht ist zu kurz (mindestens 20 Zeichen, Sie haben 5)."
    ).click()
    assert tab.evaluate("document.activeElement.id") == "id_message"
    tab.keyboard.press("End")
    tab.keyboard.type(" Wie haben Sie die Ehrenamtlichen gewonnen?")
    tab.get_by_label("Ich bin damit einverstanden").check()
    tab.get_by_role("button", name="Nachricht senden").press("Enter")
    tab.get_by_role("heading", name="Vielen Dank für Ihre Nachricht").wait_for()
    assert "an Bernd Verborgen" in tab.content()
    assert_accessible(tab)
    (received,) = smtp_server.messages
    assert received["Reply-To"] == "Eva Muster <eva@example.org>"
    assert "Kurz. Wie haben Sie die Ehrenamtlichen gewonnen?" in smtp_server.text(received)
    assert "bernd.geheim" not in tab.content()

    # A Kreis page: the visitor chooses among its people; the one whose link was followed is
    # preselected.
    tab.goto(live_server.url + f"/kommunen/{district.slug}/")
    tab.get_by_role("link", name="Kontakt aufnehmen mit Carla Kreis").click()
    tab.get_by_role("group", name="An wen möchten Sie schreiben?").wait_for()
    assert tab.get_by_label("Carla Kreis").is_checked()
    assert not tab.get_by_label("Bernd Verborgen").is_checked()
    assert "carla.intern" not in tab.content() and "bernd.geheim" not in tab.content()
    assert_accessible(tab)
