"""Uploads: documents limited in type and size; nothing a browser could run is served inline."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from wagtail.documents import get_document_model

from tests.builders import add_document


@pytest.fixture
def trainer_client(client, people):
    client.force_login(people["trainer"])
    return client


def upload(client, collection, name, content, content_type="application/octet-stream"):
    return client.post(
        "/admin/documents/add/",
        {
            "title": name,
            "file": SimpleUploadedFile(name, content, content_type=content_type),
            "collection": collection.pk,
            "tags": "",
        },
    )


@pytest.mark.parametrize(
    "name, content_type",
    [
        ("angriff.html", "text/html"),
        ("angriff.htm", "text/html"),
        ("angriff.svg", "image/svg+xml"),
        ("angriff.js", "text/javascript"),
        ("angriff.xhtml", "application/xhtml+xml"),
    ],
)
def test_active_content_cannot_be_uploaded(trainer_client, internal, name, content_type):
    collection = internal["document"].collection
    before = get_document_model().objects.count()
    response = upload(trainer_client, collection, name, b"<script>alert(1)</script>", content_type)
    assert response.status_code == 200
    assert "Dateiendung" in response.content.decode()
    assert get_document_model().objects.count() == before


def test_allowed_types_upload_into_the_course_collection(trainer_client, internal):
    collection = internal["document"].collection
    response = upload(trainer_client, collection, "folien.pdf", b"%PDF-1.4 x", "application/pdf")
    assert response.status_code == 302
    assert get_document_model().objects.filter(title="folien.pdf", collection=collection).exists()


def test_size_limit(trainer_client, internal, settings):
    settings.WAGTAILDOCS_MAX_UPLOAD_SIZE = 1024
    collection = internal["document"].collection
    response = upload(trainer_client, collection, "gross.pdf", b"%PDF" + b"0" * 2048)
    assert response.status_code == 200
    assert "zu groß" in response.content.decode()
    assert not get_document_model().objects.filter(title="gross.pdf").exists()


def test_trainers_cannot_upload_into_the_public_root(trainer_client, internal):
    from wagtail.models import Collection

    response = upload(trainer_client, Collection.get_first_root_node(), "x.pdf", b"%PDF-1.4")
    assert response.status_code == 200
    assert not get_document_model().objects.filter(title="x.pdf").exists()


def test_only_pdf_opens_inline_everything_else_downloads(client, internal):
    from wagtail.models import Collection

    root = Collection.get_first_root_node()
    pdf = add_document("PDF", filename="a.pdf", collection=root)
    text = add_document("Text", content=b"<script>x</script>", filename="a.txt", collection=root)
    response = client.get(pdf.url)
    assert response["Content-Disposition"].startswith("inline")
    response = client.get(text.url)
    assert response["Content-Disposition"].startswith("attachment")
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Content-Security-Policy"] == "default-src 'none'"
