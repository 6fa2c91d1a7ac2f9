"""Export as CSV and XLSX in the import's columns; re-importing an export changes nothing."""

import pytest
from wagtail.models import Revision

from knowledge.models import PracticeProjectPage
from tests.builders import add_project, restrict_to_login
from transfer.importer import import_file
from transfer.readers import read_table

from .conftest import csv_bytes, project_row

pytestmark = pytest.mark.django_db


@pytest.fixture
def imported(projects_index):
    rows = [
        project_row(
            external_id="K5-1",
            body="Ausgangslage\n\nViele Eltern arbeiten.\n\nVorgehen\n\nEin Ferienprogramm.",
            target_groups="Schulkinder; Alleinerziehende",
            status="verstetigt",
        ),
        project_row(title="=Formel im Titel", municipality="Herne", kreis="", course=""),
        # Stored as "'+ schon markiert": the import takes one apostrophe as a text mark.
        project_row(title="''+ schon markiert", authors="@Redaktion"),
    ]
    report = import_file("p.csv", csv_bytes(rows), publish=True)
    assert report.ok, report.errors
    return projects_index


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_round_trip_is_a_no_op(client, imported, fmt):
    # A page edited by hand in the admin, with rich text, round-trips too.
    add_project(imported, title="Von Hand", approach="<p><b>Fett</b> und <i>kursiv</i></p>")
    response = client.get(f"/export/praxisprojekte.{fmt}")
    assert response.status_code == 200
    assert response["Content-Disposition"].endswith(f'.{fmt}"')
    revisions = Revision.objects.count()
    report = import_file(f"export.{fmt}", response.content, publish=True)
    assert report.ok, report.errors
    assert (report.created, report.updated, report.unchanged) == (0, 0, 4)
    assert Revision.objects.count() == revisions


def test_export_columns_and_values(client, imported):
    table = read_table("e.csv", client.get("/export/praxisprojekte.csv").content)
    rows = {row.cells["title"]: row.cells for row in table.rows}
    first = rows["Ferienbetreuung für Schulkinder"]
    assert first["course"] == "Kurs 5"
    assert first["status"] == "verstetigt"
    assert first["kreis"] == "Kreis Höxter"
    assert first["body"] == (
        "Ausgangslage\n\nViele Eltern arbeiten.\n\nVorgehen\n\nEin Ferienprogramm."
    )
    assert rows["=Formel im Titel"]["course"] == ""
    assert rows["'+ schon markiert"]["authors"] == "@Redaktion"


def test_csv_export_runs_no_formula(client, imported):
    """Every text cell a spreadsheet would run as a formula starts with an apostrophe."""
    import csv
    import io

    text = client.get("/export/praxisprojekte.csv").content.decode("utf-8-sig")
    cells = [cell for row in csv.reader(io.StringIO(text)) for cell in row]
    assert "'=Formel im Titel" in cells and "'@Redaktion" in cells and "''+ schon markiert" in cells
    assert not [cell for cell in cells if cell[:1] in ("=", "+", "-", "@")]


def test_export_follows_filters_and_access(client, imported):
    hidden = add_project(
        imported, title="Nur intern", municipality=PracticeProjectPage.objects.first().municipality
    )
    restrict_to_login(hidden)
    table = read_table("e.csv", client.get("/export/praxisprojekte.csv?kommune=herne").content)
    assert [row.cells["title"] for row in table.rows] == ["=Formel im Titel"]
    all_rows = read_table("e.csv", client.get("/export/praxisprojekte.csv").content).rows
    assert "Nur intern" not in [row.cells["title"] for row in all_rows]


def test_export_bad_filter_is_400(client, imported):
    response = client.get("/export/praxisprojekte.xlsx?jahr=abc")
    assert response.status_code == 400
    assert "Jahr" in response.content.decode()
