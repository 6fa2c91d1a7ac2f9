"""Text inside attached documents: extraction from PDFs, skipping unchanged files, per page."""

import pytest
from django.core.files.base import ContentFile
from django.core.management import call_command

from search.documents import (
    attached_document_ids,
    documents_text,
    extract_text,
    page_documents_text,
    update_document_text,
)
from search.models import DocumentText
from tests.builders import (
    add_document,
    add_module,
    add_project,
    add_result,
    knowledge_sections,
    pdf_bytes,
)

PAPER = (
    "Praxisarbeit: Ferienbetreuung für Grundschulkinder.",
    "Die Gemeinde hat mit Sportvereinen eine verlässliche Betreuung in den Sommerferien "
    "aufgebaut; Väter und Mütter melden ihre Kinder über das Familienbüro an.",
)


@pytest.fixture
def sections(home_page):
    return knowledge_sections(home_page)


def stored_text(document):
    return DocumentText.objects.get(document=document).text


def test_extracts_german_text_from_a_pdf(db):
    document = add_document(content=pdf_bytes(*PAPER))
    text = extract_text(document)
    assert "Ferienbetreuung für Grundschulkinder" in text
    assert "Väter und" in text and "Mütter melden" in text


@pytest.mark.django_db
def test_upload_stores_the_text(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        document = add_document(content=pdf_bytes(*PAPER))
    assert "Sommerferien" in stored_text(document)
    assert len(DocumentText.objects.get(document=document).file_hash) == 64


@pytest.mark.django_db
def test_unchanged_file_is_not_read_again_but_a_new_file_is():
    document = add_document(content=pdf_bytes("Erste Fassung des Handouts."))
    assert update_document_text(document) is True
    assert update_document_text(document) is False
    document.file.save("handout.pdf", ContentFile(pdf_bytes("Zweite Fassung mit Pflegezeit.")))
    assert update_document_text(document) is True
    assert "Zweite Fassung" in stored_text(document)
    assert update_document_text(document, force=True) is True


@pytest.mark.django_db
def test_broken_or_foreign_files_give_empty_text_not_an_error():
    broken = add_document(content=b"%PDF-1.4 kaputt", filename="kaputt.pdf")
    image = add_document(content=b"\x89PNG\r\n\x1a\n", filename="bild.png")
    assert update_document_text(broken) is True
    assert update_document_text(image) is True
    assert stored_text(broken) == ""
    assert stored_text(image) == ""


@pytest.mark.django_db
def test_plain_text_documents_are_read(db):
    document = add_document(content=b"Protokoll der Arbeitsgruppe\x00", filename="p.txt")
    assert extract_text(document) == "Protokoll der Arbeitsgruppe"


@pytest.mark.django_db
def test_practice_paper_text_belongs_to_its_project(sections):
    document = add_document(content=pdf_bytes(*PAPER))
    update_document_text(document)
    project = add_project(sections["projects"], practice_paper=document)
    other = add_project(sections["projects"], title="Ohne Praxisarbeit", slug="ohne")
    assert "Ferienbetreuung" in page_documents_text(project)
    assert page_documents_text(other) == ""


@pytest.mark.django_db
def test_module_handouts_in_the_body_and_links_in_rich_text_count(sections):
    handout = add_document("Handout", pdf_bytes("Handout zur Familienberichterstattung."))
    linked = add_document("Folien", pdf_bytes("Folien zum demografischen Wandel."), "folien.pdf")
    for document in (handout, linked):
        update_document_text(document)
    module = add_module(
        sections["course"],
        body=[
            {
                "type": "paragraph",
                "value": f'<p>Siehe <a linktype="document" id="{linked.pk}">Folien</a>.</p>',
            },
            {"type": "document", "value": {"document": handout.pk, "title": "", "description": ""}},
        ],
    )
    assert attached_document_ids(module) == [linked.pk, handout.pk]
    text = page_documents_text(module)
    assert "Familienberichterstattung" in text
    assert "demografischen Wandel" in text


@pytest.mark.django_db
def test_working_group_documents_count(sections):
    minutes = add_document("Protokoll", pdf_bytes("Protokoll: Doppelstrukturen abbauen."))
    update_document_text(minutes)
    result = add_result(sections["groups"])
    result.documents.create(document=minutes, title="Protokoll")
    assert "Doppelstrukturen" in page_documents_text(result)


@pytest.mark.django_db
def test_texts_of_many_pages_cost_one_query(sections, django_assert_num_queries):
    pages = []
    for number in range(5):
        document = add_document(f"Praxisarbeit {number}", pdf_bytes(f"Projekt Nummer {number}"))
        update_document_text(document)
        pages.append(
            add_project(
                sections["projects"],
                title=f"Projekt {number}",
                slug=f"p{number}",
                practice_paper=document,
            )
        )
    with django_assert_num_queries(1):
        texts = documents_text(pages)
    assert texts[pages[3].pk] == "Projekt Nummer 3"


@pytest.mark.django_db
def test_command_reads_all_documents_and_skips_unchanged(capsys):
    add_document("Eins", pdf_bytes("Erstes Dokument"), "eins.pdf")
    add_document("Zwei", pdf_bytes("Zweites Dokument"), "zwei.pdf")
    call_command("extract_document_texts")
    assert "2 Dokumente gelesen, 0 unverändert" in capsys.readouterr().out
    call_command("extract_document_texts")
    assert "0 Dokumente gelesen, 2 unverändert" in capsys.readouterr().out
    assert DocumentText.objects.count() == 2
