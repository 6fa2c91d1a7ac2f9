import pytest
from django.contrib.auth.models import Group, User

from tests.builders import add_project, knowledge_sections, kreis, municipality


@pytest.fixture
def sections(home_page):
    return knowledge_sections(home_page)


@pytest.fixture
def places(db):
    hoexter = kreis("Kreis Höxter", slug="kreis-hoexter")
    unna = kreis("Kreis Unna", slug="kreis-unna")
    return {
        "driburg": municipality("Bad Driburg", kreis=hoexter, slug="bad-driburg"),
        "hoexter": hoexter,
        "schwerte": municipality("Schwerte", kreis=unna, slug="schwerte"),
        "unna": unna,
    }


@pytest.fixture
def projects(sections, places, django_capture_on_commit_callbacks):
    """Three public projects in different places, years and themes; the index is current."""
    with django_capture_on_commit_callbacks(execute=True):
        return [
            add_project(
                sections["projects"],
                title="Ferienbetreuung für Schulkinder",
                summary="Ferienbetreuung in den Sommerferien für Kinder berufstätiger Eltern.",
                themes=["kinderbetreuung"],
                target_groups=["alleinerziehende"],
                municipality=places["driburg"],
                year=2010,
                approach="<p>Die Stadt organisierte mit <b>Vereinen</b> eine Ferienfreizeit.</p>",
            ),
            add_project(
                sections["projects"],
                title="Familienbüro im Rathaus",
                summary="Eine zentrale Anlaufstelle für Familien in der Verwaltung.",
                themes=["bildung"],
                municipality=places["schwerte"],
                year=2014,
                results="<p>Weiterbildung für Fachleute in der Kommune wurde angeboten.</p>",
            ),
            add_project(
                sections["projects"],
                title="Pflege von Angehörigen",
                summary="Beratung für pflegende Angehörige im ländlichen Raum.",
                municipality=places["hoexter"],
                year=2014,
            ),
        ]


@pytest.fixture
def member(db):
    group, _ = Group.objects.get_or_create(name="Familienmanagerinnen")
    user = User.objects.create_user("mitglied", password="geheim-123")
    user.groups.add(group)
    return user
