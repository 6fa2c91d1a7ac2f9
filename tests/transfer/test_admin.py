"""The editors' import in the admin: upload, check, confirm; only for those who may add pages."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.core.files.uploadedfile import SimpleUploadedFile

from knowledge.models import PracticeProjectPage

from .conftest import csv_bytes, project_row

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor_client(client):
    user = get_user_model().objects.create_superuser("redaktion", "r@example.org", "pw")
    client.force_login(user)
    return client


def upload(rows, name="projekte.csv", publish=True):
    data = csv_bytes(rows) if isinstance(rows, list) else rows
    return {"action": "check", "file": SimpleUploadedFile(name, data), "publish": publish}


def test_check_then_confirm(editor_client, projects_index):
    page = editor_client.get("/admin/import/")
    assert page.status_code == 200
    assert "Praxisprojekte importieren" in page.content.decode()

    rows = [project_row(), project_row(title="Familienbüro", themes="Raumfahrt")]
    checked = editor_client.post("/admin/import/", upload(rows))
    html = checked.content.decode()
    assert checked.status_code == 200
    assert "Probelauf – nichts gespeichert. 1 angelegt" in html
    assert "Zeile 3, Spalte „themes“" in html
    assert not PracticeProjectPage.objects.exists()

    token = checked.context["confirm_form"].initial["token"]
    done = editor_client.post(
        "/admin/import/", {"action": "import", "token": token, "publish": True}
    )
    assert done.status_code == 200
    assert "1 angelegt, 0 aktualisiert, 0 unverändert, 1 fehlerhaft" in done.content.decode()
    project = PracticeProjectPage.objects.get()
    assert project.live
    assert [p.pk for p in PracticeProjectPage.objects.live().search("Ferienbetreuung")] == [
        project.pk
    ]

    # The token is used up.
    again = editor_client.post("/admin/import/", {"action": "import", "token": token})
    assert again.status_code == 400
    assert "nicht mehr vorhanden" in again.content.decode()


def test_broken_file_is_reported_in_german(editor_client, projects_index):
    response = editor_client.post("/admin/import/", upload(b"\xff\xfe kaputt", name="x.csv"))
    assert response.status_code == 400
    assert "nicht in UTF-8 kodiert" in response.content.decode()
    response = editor_client.post("/admin/import/", upload(b"x", name="x.pdf"))
    assert response.status_code == 400
    assert "Bitte eine CSV-Datei" in response.content.decode()


def test_forged_token_is_rejected(editor_client, projects_index):
    response = editor_client.post("/admin/import/", {"action": "import", "token": "../../etc"})
    assert response.status_code == 400


def test_editor_without_page_permissions_is_refused(client, projects_index):
    user = get_user_model().objects.create_user("gast", "g@example.org", "pw")
    group = Group.objects.create(name="Nur Admin")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    user.groups.add(group)
    client.force_login(user)
    # Wagtail's admin answers a PermissionDenied with a redirect to the dashboard.
    response = client.get("/admin/import/")
    assert response.status_code == 302 and response.url == "/admin/"
    response = client.post("/admin/import/", upload([project_row()]))
    assert response.status_code == 302
    assert not PracticeProjectPage.objects.exists()


def test_a_sheet_declared_huge_is_refused_at_once_in_german(editor_client, projects_index):
    """Before, the admin upload of this 5 KB file ended in a 500 after 30 s (worker timeout)."""
    from .test_errors import declaring, small_sheet

    data = declaring(small_sheet(), "A1:XFD50001", last_cell="XFD50001")
    response = editor_client.post("/admin/import/", upload(data, name="projekte.xlsx"))
    assert response.status_code == 400
    assert "mit 16384 Spalten angelegt" in response.content.decode()
