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


def private_collection(name="Kursmaterial intern"):
    from wagtail.models import Collection, CollectionViewRestriction

    collection = Collection.get_first_root_node().add_child(name=name)
    CollectionViewRestriction.objects.create(
        collection=collection, restriction_type=CollectionViewRestriction.LOGIN
    )
    return collection


def assert_not_found(client, query, *words):
    response = client.get("/suche/", {"q": query})
    assert hits(response) == []
    assert not any(word in response.content.decode() for word in words)
    assert client.get("/api/search/", {"q": query}).json()["count"] == 0


@pytest.mark.django_db
def test_text_of_a_private_document_stays_out_of_public_pages(
    client, sections, places, django_capture_on_commit_callbacks
):
    """A public page linking a document of a private collection: its text was in the snippet."""
    with django_capture_on_commit_callbacks(execute=True):
        internal = private_collection()
        paper = add_document("Interne Auswertung", pdf_bytes(*PAPER), collection=internal)
    with django_capture_on_commit_callbacks(execute=True):
        add_project(
            sections["projects"],
            title="Sichere Schulwege",
            municipality=places["driburg"],
            practice_paper=paper,
        )
    assert_not_found(client, "Quartiersbegehung", "Kreuzungen", "Stadtteilkarten")
    assert hits(client.get("/suche/", {"q": "Schulwege"})) == ["Sichere Schulwege"]


@pytest.mark.django_db
def test_restricting_a_collection_takes_its_documents_text_out(
    client, paper_project, django_capture_on_commit_callbacks
):
    from wagtail.models import CollectionViewRestriction

    _project, paper = paper_project
    assert hits(client.get("/suche/", {"q": "Quartiersbegehung"})) == ["Sichere Schulwege"]
    with django_capture_on_commit_callbacks(execute=True):
        restriction = CollectionViewRestriction.objects.create(
            collection=paper.collection, restriction_type=CollectionViewRestriction.LOGIN
        )
    assert_not_found(client, "Quartiersbegehung", "Kreuzungen")
    with django_capture_on_commit_callbacks(execute=True):
        restriction.delete()
    assert hits(client.get("/suche/", {"q": "Quartiersbegehung"})) == ["Sichere Schulwege"]
    with django_capture_on_commit_callbacks(execute=True):
        paper.collection = private_collection()
        paper.save()
    assert_not_found(client, "Quartiersbegehung", "Kreuzungen")
