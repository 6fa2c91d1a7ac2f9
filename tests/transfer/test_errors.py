"""Every kind of broken file or row ends in a German message with row and column."""

import io

import pytest
from django.db import DatabaseError
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook

from knowledge.models import Course, Municipality, PracticeProjectPage
from transfer.importer import import_file
from transfer.readers import FileError, RawRow, RowError, read_table
from transfer.rows import Vocabulary, parse_row

from .conftest import csv_bytes, project_row

pytestmark = pytest.mark.django_db


def errors_of(report):
    return [str(error) for error in report.errors]


def test_missing_column(projects_index):
    row = project_row()
    del row["year"]
    report = import_file("p.csv", csv_bytes([row]))
    assert report.file_error == "Es fehlen Spalten: „year“."
    assert not PracticeProjectPage.objects.exists()


def test_unknown_column(projects_index):
    report = import_file("p.csv", csv_bytes([project_row(tittle="x")]))
    assert report.file_error.startswith("Unbekannte Spalte(n): „tittle“.")


def test_semicolon_file(projects_index):
    report = import_file("p.csv", b"title;summary;body\nA;B;C\n")
    assert "Semikolons" in report.file_error


@pytest.mark.parametrize("year", ["zweitausend", "1850", "20100", "2010-11"])
def test_bad_year(projects_index, year):
    report = import_file("p.csv", csv_bytes([project_row(year=year)]))
    assert report.failed == 1 and report.created == 0
    assert errors_of(report)[0].startswith("Zeile 2, Spalte „year“:")
    assert "kein gültiges Jahr" in errors_of(report)[0]


def test_unknown_theme_fails_only_its_row(projects_index):
    rows = [project_row(themes="Kinderbetreuung; Astronomie"), project_row(title="Familienbüro")]
    report = import_file("p.csv", csv_bytes(rows), publish=True)
    assert (report.created, report.failed) == (1, 1)
    assert errors_of(report)[0].startswith(
        "Zeile 2, Spalte „themes“: Unbekannte Themen: „Astronomie“."
    )
    assert PracticeProjectPage.objects.get().title == "Familienbüro"


def test_empty_title(projects_index):
    report = import_file("p.csv", csv_bytes([project_row(title="  ")]))
    assert errors_of(report) == [
        "Zeile 2, Spalte „title“: Die Zelle ist leer, muss aber ausgefüllt sein."
    ]


def test_duplicate_rows(projects_index):
    rows = [
        project_row(external_id=""),
        project_row(external_id=""),
        project_row(title="Familienbüro", external_id="A"),
        project_row(title="Familienbüro Nord", external_id="A"),
        project_row(title="Familienbüro", external_id="B"),
    ]
    report = import_file("p.csv", csv_bytes(rows))
    assert errors_of(report) == [
        "Zeile 3, Spalte „title“: Doppelte Zeile: dasselbe Projekt steht schon in Zeile 2.",
        "Zeile 5, Spalte „external_id“: Doppelte Zeile: dasselbe Projekt steht schon in Zeile 4.",
    ]
    # Same title and place but two different external ids: two projects.
    assert report.created == 3


def test_broken_encoding(projects_index):
    data = csv_bytes([project_row(), project_row(title="Büro für Familien")], encoding="cp1252")
    report = import_file("p.csv", data)
    assert report.file_error.startswith(
        "Die Datei ist nicht in UTF-8 kodiert (erstes ungültiges Zeichen in Zeile 2)."
    )


def test_bad_course_and_status(projects_index):
    report = import_file("p.csv", csv_bytes([project_row(course="fünf", status="fertig")]))
    assert errors_of(report) == [
        "Zeile 2, Spalte „course“: „fünf“ ist kein Kurs; bitte wie „Kurs 5“ angeben.",
        "Zeile 2, Spalte „status“: Unbekannter Umsetzungsstand „fertig“. Erlaubt sind: "
        "geplant, umgesetzt, verstetigt, beendet.",
    ]


def test_kreis_conflict(projects_index):
    import_file("p.csv", csv_bytes([project_row()]))
    report = import_file("p.csv", csv_bytes([project_row(title="Neu", kreis="Kreis Paderborn")]))
    assert errors_of(report) == [
        "Zeile 2, Spalte „kreis“: „Bad Driburg“ gehört laut Vokabular zu Kreis Höxter, "
        "nicht zu „Kreis Paderborn“."
    ]


def test_unsupported_file_types(projects_index):
    assert "nicht unterstützt" in import_file("p.xls", b"x").file_error
    assert "Bitte eine CSV-Datei" in import_file("p.pdf", b"x").file_error
    assert "Excel-Datei" in import_file("p.xlsx", b"kein zip").file_error


def xlsx(rows):
    book = Workbook()
    sheet = book.active
    for row in rows:
        sheet.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def test_xlsx_with_formulas_and_empty_lines(projects_index):
    header = list(project_row())
    good = list(project_row().values())
    formula = list(project_row(title="Familienbüro").values())
    formula[header.index("year")] = "=2000+10"  # openpyxl stores no cached value
    data = xlsx([header, [], good, [None] * len(header), formula])
    report = import_file("p.xlsx", data, publish=True)
    assert report.created == 1
    assert errors_of(report) == [
        "Zeile 5, Spalte „year“: Die Zelle enthält eine Formel ohne berechneten Wert. Bitte die "
        "Datei in Excel öffnen und speichern oder die Werte statt der Formel einfügen."
    ]


def test_xlsx_numbers_read_as_text(projects_index):
    header = list(project_row())
    values = list(project_row(year=2011, course=5).values())
    report = import_file("p.xlsx", xlsx([header, values]), publish=True)
    assert report.ok, report.errors
    page = PracticeProjectPage.objects.get()
    assert (page.year, page.course.number) == (2011, 5)


def test_control_characters_rejected(projects_index):
    report = import_file("p.csv", csv_bytes([project_row(title="Familien\x00büro")]))
    assert "Nullzeichen" in report.file_error
    report = import_file("p.csv", csv_bytes([project_row(title="Familien\x07büro")]))
    assert "Steuerzeichen (U+0007)" in errors_of(report)[0]


@given(cells=st.dictionaries(st.sampled_from(list(project_row())), st.text(max_size=60)))
@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
def test_random_cells_never_crash(projects_index, cells):
    """Whatever a stranger types: a checked row or German errors, never an exception."""
    vocabulary = Vocabulary.load()
    raw = RawRow(7, {**project_row(), **cells})
    row, errors = parse_row(raw, vocabulary)
    assert (row is None) == bool(errors)
    for error in errors:
        assert isinstance(error, RowError) and error.row == 7
        assert str(error).startswith("Zeile 7")


@given(data=st.binary(max_size=300))
@settings(max_examples=100, deadline=None)
def test_random_bytes_never_crash(data):
    for name in ("x.csv", "x.xlsx"):
        try:
            table = read_table(
                name,
                b"title,summary,body,municipality,kreis,course,year,authors,themes\n" + data
                if name.endswith("csv")
                else data,
            )
        except FileError as error:
            assert str(error)
        else:
            assert all(row.number >= 2 for row in table.rows)


def declaring(data, dimension, last_cell=None):
    """The XLSX `data` with its sheet's size entry replaced, and a cell of value 1 added."""
    import re
    import zipfile

    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for item in source.infolist():
            content = source.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                content = re.sub(rb'<dimension ref="[^"]*" ?/>', b"", content)
                if dimension:
                    content = content.replace(
                        b"<sheetData>", f'<dimension ref="{dimension}"/><sheetData>'.encode(), 1
                    )
                if last_cell:
                    row = int(re.sub(r"[A-Z]", "", last_cell))
                    cell = f'<row r="{row}"><c r="{last_cell}"><v>1</v></c></row>'
                    content = content.replace(b"</sheetData>", cell.encode() + b"</sheetData>")
            archive.writestr(item, content)
    return out.getvalue()


def small_sheet():
    return xlsx([list(project_row()), list(project_row().values())])


def test_a_sheet_declared_huge_is_refused_before_reading(projects_index):
    """5 KB declaring A1:XFD50001 took 140 s: every missing row padded to 16,384 cells."""
    data = declaring(small_sheet(), "A1:XFD50001", last_cell="XFD50001")
    assert len(data) < 10_000
    report = import_file("p.xlsx", data)
    assert report.file_error == (
        "Das Tabellenblatt ist mit 16384 Spalten angelegt; erlaubt sind höchstens 64. "
        "Bitte nur die benötigten Spalten speichern."
    )
    report = import_file("p.xlsx", declaring(small_sheet(), "A1:M60001", last_cell="M60001"))
    assert "mit 60001 Zeilen angelegt" in report.file_error


def test_a_sheet_that_hides_its_size_is_counted_while_reading(projects_index):
    report = import_file("p.xlsx", declaring(small_sheet(), None, last_cell="XFD60001"))
    assert report.file_error == "Die Datei hat mehr als 50000 Zeilen."


def test_a_sheet_at_the_limits_is_read(projects_index):
    data = declaring(small_sheet(), "A1:M50001", last_cell="M50001")
    table = read_table("p.xlsx", data)
    assert [row.number for row in table.rows] == [2, 50001]


def test_an_archive_that_unpacks_too_large_is_refused(projects_index, monkeypatch):
    from transfer import readers

    monkeypatch.setattr(readers, "MAX_UNPACKED", 1000)
    assert "entpackt größer als" in import_file("p.xlsx", small_sheet()).file_error


def test_a_row_failing_after_a_write_rolls_back_alone(projects_index):
    """The row's savepoint opens before its first write (a new municipality), not per row."""
    rows = [
        project_row(municipality="Neustadt", kreis="", document="fehlt.pdf"),
        project_row(title="Familienbüro", municipality="Altstadt", kreis=""),
    ]
    report = import_file("p.csv", csv_bytes(rows), publish=True)
    assert (report.created, report.failed) == (1, 1)
    assert errors_of(report)[0].startswith("Zeile 2, Spalte „document“:")
    assert not Municipality.objects.filter(name="Neustadt").exists()
    assert "Kommune „Neustadt“" not in report.new_vocabulary
    assert PracticeProjectPage.objects.get().municipality.name == "Altstadt"


def test_a_database_error_fails_only_its_row(projects_index, monkeypatch):
    save = Course.save

    def failing_save(self, *args, **kwargs):
        save(self, *args, **kwargs)
        if self.number == 9:
            raise DatabaseError("kaputt")

    monkeypatch.setattr(Course, "save", failing_save)
    rows = [
        project_row(course="Kurs 9", municipality="Neustadt", kreis=""),
        project_row(title="Familienbüro", course="Kurs 8"),
    ]
    report = import_file("p.csv", csv_bytes(rows), publish=True)
    assert (report.created, report.failed) == (1, 1)
    assert "konnte nicht gespeichert werden (kaputt)" in errors_of(report)[0]
    assert not Course.objects.filter(number=9).exists()
    assert not Municipality.objects.filter(name="Neustadt").exists()
    assert PracticeProjectPage.objects.get().course.number == 8
