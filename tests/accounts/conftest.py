import pytest

from accounts import roles
from tests.builders import add_user, internal_area, knowledge_sections


@pytest.fixture
def internal(home_page):
    """The knowledge sections, roles, /intern/ with course 5's section, material and a handout."""
    sections = knowledge_sections(home_page)
    return {**sections, **internal_area(home_page)}


@pytest.fixture
def people(internal):
    """One user per role, plus a participant of another course."""
    return {
        "editor": add_user("redaktion", roles.EDITORS),
        "trainer": add_user("trainerin", roles.TRAINERS),
        "manager": add_user("familienmanagerin", roles.MANAGERS),
        "participant": add_user("teilnehmer", roles.PARTICIPANTS, "Kursteilnehmende Kurs 5"),
        "other_participant": add_user(
            "teilnehmerin6", roles.PARTICIPANTS, "Kursteilnehmende Kurs 6"
        ),
        "nobody": add_user("besucherin"),
    }
