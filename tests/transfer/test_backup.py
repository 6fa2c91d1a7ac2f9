"""The restore drill: back up, lose content, restore, and find everything as it was."""

import tarfile

import pytest
from django.core.management import call_command
from wagtail.documents import get_document_model
from wagtail.models import Page

from knowledge.models import Municipality, PracticeProjectPage
from tests.builders import build_site, knowledge_sections
from transfer.backup import BackupError, restore_backup
from transfer.importer import import_file

from .conftest import csv_bytes, project_row


@pytest.mark.django_db(transaction=True)
def test_backup_and_restore_drill(tmp_path, client):
    knowledge_sections(build_site())
    folder = tmp_path / "dokumente"
    folder.mkdir()
    (folder / "praxisarbeit.pdf").write_bytes(b"%PDF-1.4 Lesepaten")
    rows = [
        project_row(title="Lesepaten im Familienzentrum", document="praxisarbeit.pdf"),
        project_row(title="Familienbüro", municipality="Herne", kreis="", document=""),
    ]
    report = import_file("p.csv", csv_bytes(rows), publish=True, documents_dir=str(folder))
    assert report.ok, report.errors
    counts = {
        "pages": Page.objects.count(),
        "projects": PracticeProjectPage.objects.count(),
        "places": Municipality.objects.count(),
        "documents": get_document_model().objects.count(),
    }
    archive = tmp_path / "sicherung.tar.gz"
    call_command("backup", str(archive))
    with tarfile.open(archive) as opened:
        names = opened.getnames()
    assert {"manifest.json", "data.json"} <= set(names)
    assert any(name.startswith("media/documents/praxisarbeit") for name in names)

    # Disaster: a page and the uploaded file are gone.
    document = get_document_model().objects.get()
    document.file.storage.delete(document.file.name)
    PracticeProjectPage.objects.get(title="Familienbüro").delete()

    call_command("restore", str(archive), "--no-input")

    assert {
        "pages": Page.objects.count(),
        "projects": PracticeProjectPage.objects.count(),
        "places": Municipality.objects.count(),
        "documents": get_document_model().objects.count(),
    } == counts
    assert Page.find_problems() == ([], [], [], [], [])
    document = get_document_model().objects.get()
    assert document.file.storage.exists(document.file.name)
    hits = PracticeProjectPage.objects.live().search("Lesepaten")
    assert [page.title for page in hits] == ["Lesepaten im Familienzentrum"]
    page = PracticeProjectPage.objects.get(title="Familienbüro")
    assert client.get(page.url).status_code == 200


@pytest.mark.django_db
def test_restore_rejects_foreign_files(tmp_path):
    path = tmp_path / "kaputt.tar.gz"
    path.write_bytes(b"keine Sicherung")
    with pytest.raises(BackupError, match="kann nicht gelesen werden"):
        restore_backup(path)
    with tarfile.open(path, "w:gz"):
        pass
    with pytest.raises(BackupError, match="keine Sicherung dieser Website"):
        restore_backup(path)
