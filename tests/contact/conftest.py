import pytest

from tests.builders import (
    add_project,
    family_manager,
    knowledge_sections,
    kreis,
    network_sections,
    town,
)

SECRET = "bernd.geheim@example.org"


@pytest.fixture
def content(home_page):
    """A project whose contact person did not consent to publication, and a Kreis with people."""
    sections = knowledge_sections(home_page)
    network_sections(home_page)
    k = kreis("Kreis Höxter")
    hoexter = town("Höxter", kreis=k)
    bernd = family_manager(hoexter, "Bernd Verborgen", consent=False, email=SECRET)
    carla = family_manager(k, "Carla Kreis", consent=False, email="carla.intern@example.org")
    family_manager(hoexter, "Dora Ohneadresse", consent=False, email="")
    project = add_project(
        sections["projects"],
        title="Pflegelotsen Höxter",
        municipality=hoexter,
        contact_person=bernd,
        themes=["pflege-von-angehoerigen"],
    )
    return {
        "sections": sections,
        "project": project,
        "bernd": bernd,
        "carla": carla,
        "kreis": k,
        "hoexter": hoexter,
    }
