import csv
import io

import pytest

from tests.builders import knowledge_sections
from transfer.readers import COLUMNS


@pytest.fixture
def sections(home_page):
    return knowledge_sections(home_page)


@pytest.fixture
def projects_index(sections):
    return sections["projects"]


def project_row(**values):
    row = {
        "title": "Ferienbetreuung für Schulkinder",
        "summary": "Eine verlässliche Betreuung in allen Schulferien.",
        "body": "Die Stadt organisiert mit Vereinen ein Ferienprogramm.\n\nEs läuft seit 2009.",
        "municipality": "Bad Driburg",
        "kreis": "Kreis Höxter",
        "course": "Kurs 5",
        "year": "2010",
        "authors": "Anna Beispiel",
        "themes": "Kinderbetreuung; vereinbarkeit-von-familie-und-beruf",
    }
    row.update(values)
    return row


def csv_bytes(rows, columns=None, encoding="utf-8"):
    columns = columns or list(rows[0]) if rows else columns or COLUMNS
    out = io.StringIO(newline="")
    writer = csv.DictWriter(out, fieldnames=columns, extrasaction="ignore")
    writer.writeheader()
    for row in rows:
        writer.writerow(row)
    return out.getvalue().encode(encoding)
