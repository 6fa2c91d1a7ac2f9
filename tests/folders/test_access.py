"""Who opens a collection, and what each reader sees of it: pages, PDF and ZIP alike."""

import io
import zipfile

import pytest
from pypdf import PdfReader

from tests.builders import course

from .conftest import make_folder

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("pdf_engine")]

RESTRICTED_TITLES = ["Vertrauliches Pilotprojekt", "Modul 1 intern", "Handout Modul 1 Kurs 5"]


def url(folder, suffix=""):
    return folder.get_absolute_url() + suffix


def pdf_text(response):
    reader = PdfReader(io.BytesIO(response.content))
    return [page.extract_text() for page in reader.pages]


@pytest.mark.parametrize(
    ("visibility", "course_number", "expected"),
    [
        # anonymous, participant of course 5, of course 6, another trainer, owner, Redaktion
        ("privat", None, [302, 403, 403, 403, 200, 200]),
        ("kurs", None, [302, 200, 200, 200, 200, 200]),
        ("kurs", 5, [302, 200, 403, 200, 200, 200]),
        ("oeffentlich", None, [200, 200, 200, 200, 200, 200]),
    ],
)
def test_who_may_open_a_collection(client, content, people, visibility, course_number, expected):
    folder = make_folder(
        people["trainer"],
        content,
        visibility=visibility,
        course=course(course_number, 2000 + course_number) if course_number else None,
    )
    readers = [None, "participant", "other_participant", "other_trainer", "trainer", "editor"]
    for reader, status in zip(readers, expected, strict=True):
        client.logout()
        if reader:
            client.force_login(people[reader])
        for suffix in ("", "mappe.pdf", "dokumente.zip"):
            response = client.get(url(folder, suffix))
            assert response.status_code == status, (reader, suffix)
            if status != 200:
                assert folder.title not in response.content.decode(errors="ignore")
            if status == 302:
                assert response["Location"].startswith("/konto/anmelden/")


def test_public_collection_hides_restricted_items_everywhere(client, content, people):
    folder = make_folder(people["trainer"], content, visibility="oeffentlich")
    page = client.get(url(folder))
    body = page.content.decode()
    assert "Grundlagen der Familienpolitik" in body and "Öffentliches Arbeitsblatt" in body
    for title in RESTRICTED_TITLES:
        assert title not in body
    # Numbering follows what this reader sees: no gap betrays a hidden item.
    assert [entry.number for entry in page.context["items"]] == [1, 2, 3]

    text = "\n".join(pdf_text(client.get(url(folder, "mappe.pdf"))))
    assert "Ferienbetreuung für Schulkinder" in text
    for title in RESTRICTED_TITLES:
        assert title not in text

    archive = zipfile.ZipFile(io.BytesIO(client.get(url(folder, "dokumente.zip")).content))
    assert archive.namelist() == [
        "01_Praxisarbeit_Ferienbetreuung.pdf",
        "02_Öffentliches_Arbeitsblatt.pdf",
    ]


def test_participant_sees_the_course_material_in_page_pdf_and_zip(client, content, people):
    folder = make_folder(people["trainer"], content, course=course(5, 2005))
    client.force_login(people["participant"])
    response = client.get(url(folder))
    assert response["Cache-Control"] == "private, no-store"
    body = response.content.decode()
    assert "Modul 1 intern" in body and "Nur für den Kurs" in body
    assert "Vertrauliches Pilotprojekt" in body  # a login restriction admits every user
    text = "\n".join(pdf_text(client.get(url(folder, "mappe.pdf"))))
    assert "Modul 1 intern" in text and "Geheimes Kursmaterial" in text
    archive = zipfile.ZipFile(io.BytesIO(client.get(url(folder, "dokumente.zip")).content))
    # Item order: the project's paper, the material's handout, then the documents themselves.
    assert archive.namelist() == [
        "01_Praxisarbeit_Ferienbetreuung.pdf",
        "02_Handout_Modul_1_Kurs_5.pdf",
        "03_Öffentliches_Arbeitsblatt.pdf",
    ]
    assert archive.read("02_Handout_Modul_1_Kurs_5.pdf") == b"%PDF-1.4 test"


def test_pdf_has_cover_contents_and_pages_in_order_with_link_footnotes(client, content, people):
    folder = make_folder(people["trainer"], content, visibility="oeffentlich")
    response = client.get(url(folder, "mappe.pdf"))
    assert response["Content-Type"] == "application/pdf"
    assert 'filename="mappe-sitzung-modul-2.pdf"' in response["Content-Disposition"]
    pages = pdf_text(response)
    cover, contents = pages[0], pages[1]
    assert "Sitzung Modul 2" in cover and "15. Januar 2027" in cover
    assert "Tanja Trainer" in cover and "Bitte vor der Sitzung lesen." in cover
    assert "Inhalt" in contents
    assert contents.index("1. Grundlagen der Familienpolitik") < contents.index(
        "2. Ferienbetreuung für Schulkinder"
    )
    starts = {text.split("\n", 1)[0]: index for index, text in enumerate(pages)}
    first = starts["1. Grundlagen der Familienpolitik"]
    second = starts["2. Ferienbetreuung für Schulkinder"]
    assert 1 < first < second
    # The table of contents names the page each entry starts on.
    assert "1. Grundlagen der Familienpolitik" in contents and f" {first + 1}\n" in contents
    assert "Lernziele" in pages[first] and "Familienformen kennen" in pages[first]
    assert "Hinweis: Für die Gruppenarbeit lesen" in pages[second]
    # The link text stays in the text, its address goes to the foot of the page.
    assert "Landesportal" in pages[second] and "https://example.org/ferien" in pages[second]
    assert "Dokumente zu dieser Mappe" in pages[-1] and "Öffentliches Arbeitsblatt" in pages[-1]


def test_folder_page_queries_stay_flat(client, content, people, django_assert_max_num_queries):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from folders.models import FolderItem
    from tests.builders import add_project

    small = make_folder(people["trainer"], content, visibility="oeffentlich", title="Klein")
    large = make_folder(people["trainer"], content, visibility="oeffentlich", title="Gross")
    for number in range(12):
        project = add_project(content["projects"], title=f"Projekt {number}", slug=f"p-{number}")
        FolderItem.objects.create(folder=large, page=project, sort_order=10 + number)
    counts = []
    for folder in (small, large):
        client.get(url(folder))  # warm the site-root cache
        with CaptureQueriesContext(connection) as queries:
            assert client.get(url(folder)).status_code == 200
        counts.append(len(queries))
    assert counts[0] == counts[1]


def test_unknown_collection_and_wrong_slug(client, content, people):
    folder = make_folder(people["trainer"], content, visibility="oeffentlich")
    assert client.get("/mappen/99999-gibt-es-nicht/").status_code == 404
    response = client.get(f"/mappen/{folder.pk}-alter-titel/")
    assert response.status_code == 301 and response["Location"] == url(folder)
