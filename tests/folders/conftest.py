import pytest

from accounts import roles
from folders.models import Folder, FolderItem
from tests.builders import (
    add_document,
    add_module,
    add_project,
    add_user,
    internal_area,
    knowledge_sections,
    pdf_bytes,
    restrict_to_login,
)


@pytest.fixture
def content(home_page):
    """Public module and project (with its paper), a login-only project, internal material."""
    sections = knowledge_sections(home_page)
    internal = internal_area(home_page)
    paper = add_document("Praxisarbeit Ferienbetreuung", filename="ferien.pdf")
    module = add_module(
        sections["course"],
        title="Grundlagen der Familienpolitik",
        summary="Familienforschung und demografischer Wandel.",
    )
    project = add_project(
        sections["projects"],
        title="Ferienbetreuung für Schulkinder",
        practice_paper=paper,
        results='<p>Mehr dazu beim <a href="https://example.org/ferien">Landesportal</a>.</p>',
    )
    secret = add_project(sections["projects"], title="Vertrauliches Pilotprojekt", slug="pilot")
    restrict_to_login(secret)
    handout = add_document(
        "Öffentliches Arbeitsblatt", content=pdf_bytes("Arbeitsblatt"), filename="blatt.pdf"
    )
    return {
        **sections,
        **internal,
        "module": module,
        "project": project,
        "secret": secret,
        "paper": paper,
        "handout": handout,
    }


@pytest.fixture
def people(content):
    return {
        "editor": add_user("redaktion", roles.EDITORS),
        "trainer": add_user("trainerin", roles.TRAINERS, first_name="Tanja", last_name="Trainer"),
        "other_trainer": add_user("trainer2", roles.TRAINERS),
        "participant": add_user("teilnehmer", roles.PARTICIPANTS, "Kursteilnehmende Kurs 5"),
        "other_participant": add_user(
            "teilnehmerin6", roles.PARTICIPANTS, "Kursteilnehmende Kurs 6"
        ),
        "nobody": add_user("besucherin"),
    }


def make_folder(owner, content, visibility="kurs", course=None, title="Sitzung Modul 2"):
    """A collection: module, project, the login-only project, internal material, two documents."""
    import datetime

    folder = Folder.objects.create(
        title=title,
        owner=owner,
        visibility=visibility,
        course=course,
        session_date=datetime.date(2027, 1, 15),
        intro="Bitte vor der Sitzung lesen.",
    )
    entries = [
        {"page": content["module"], "note": "Zur Einstimmung"},
        {"page": content["project"], "note": "Für die Gruppenarbeit lesen"},
        {"page": content["secret"]},
        {"page": content["material"], "note": "Nur für den Kurs"},
        {"document": content["handout"]},
        {"document": content["document"], "note": "Folien"},
    ]
    for order, entry in enumerate(entries):
        FolderItem.objects.create(folder=folder, sort_order=order, **entry)
    return folder
