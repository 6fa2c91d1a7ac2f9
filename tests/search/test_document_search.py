"""Text inside attached PDFs is searchable through the site search, never beyond its page."""

import pytest
from django.core.files.base import ContentFile

from tests.builders import add_document, add_project, pdf_bytes, restrict_to_login

PAPER = (
    "Praxisarbeit im Zertifikatskurs",
    "Für die Quartiersbegehung mit Eltern haben wir Stadtteilkarten vorbereitet. Die Eltern "
    "markierten gefährliche Kreuzungen und fehlende Spielflächen.",
)


def hits(response):
    return [hit.title for hit in response.context["result"].hits]


@pytest.fixture
def paper_project(sections, places, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        paper = add_document("Praxisarbeit Schulwege", pdf_bytes(*PAPER))
    with django_capture_on_commit_callbacks(execute=True):
        project = add_project(
            sections["projects"],
            title="Sichere Schulwege",
            summary="Eltern und Kinder planen sichere Wege zur Schule.",
            municipality=places["driburg"],
            practice_paper=paper,
        )
    return project, paper


@pytest.mark.django_db
def test_words_only_in_the_pdf_find_the_page_with_a_snippet_from_it(client, paper_project):
    response = client.get("/suche/", {"q": "Quartiersbegehung"})
    assert hits(response) == ["Sichere Schulwege"]
    snippet = response.context["result"].hits[0].snippet
    assert "<mark>Quartiersbegehung</mark>" in snippet
    # Compounds inside the PDF are split like any other text.
    assert hits(client.get("/suche/", {"q": "Spielfläche"})) == ["Sichere Schulwege"]


@pytest.mark.django_db
def test_a_new_file_replaces_the_old_text_in_the_index(
    client, paper_project, django_capture_on_commit_callbacks
):
    _project, paper = paper_project
    with django_capture_on_commit_callbacks(execute=True):
        paper.file.save("neu.pdf", ContentFile(pdf_bytes("Neue Fassung zum Elterntaxi.")))
    assert hits(client.get("/suche/", {"q": "Elterntaxi"})) == ["Sichere Schulwege"]
    assert hits(client.get("/suche/", {"q": "Quartiersbegehung"})) == []


@pytest.mark.django_db
def test_documents_of_restricted_pages_stay_restricted(
    client, paper_project, member, django_capture_on_commit_callbacks
):
    project, _paper = paper_project
    with django_capture_on_commit_callbacks(execute=True):
        restrict_to_login(project)
    for query in ("Quartiersbegehung", "Stadtteilkarten"):
        response = client.get("/suche/", {"q": query})
        assert hits(response) == []
        body = response.content.decode()
        assert "Sichere Schulwege" not in body and "Kreuzungen" not in body
        api = client.get("/api/search/", {"q": query}).json()
        assert api["count"] == 0
    client.force_login(member)
    assert hits(client.get("/suche/", {"q": "Quartiersbegehung"})) == ["Sichere Schulwege"]
