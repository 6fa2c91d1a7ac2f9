"""Practice projects as CSV or XLSX, in the import's columns: an export re-imports unchanged.

CSV text that a spreadsheet program would run as a formula is marked as text
(`operations.spreadsheets`); the import removes the mark again.
"""

import csv
import io
from pathlib import Path

from operations.spreadsheets import neutralise

from .fingerprint import page_sections
from .readers import COLUMNS
from .rows import body_text


def project_row(page):
    """One page as the import reads it (text per column)."""
    municipality = page.municipality
    return {
        "title": page.title,
        "summary": page.summary,
        "body": body_text(page_sections(page)),
        "municipality": municipality.name,
        "kreis": municipality.kreis.name if municipality.kreis_id else "",
        "course": f"Kurs {page.course.number}" if page.course_id else "",
        "year": page.year,
        "authors": page.authors,
        "themes": "; ".join(theme.name for theme in sorted(page.themes.all(), key=_order)),
        "status": page.get_status_display(),
        "target_groups": "; ".join(group.name for group in page.target_groups.all()),
        "document": Path(page.practice_paper.file.name).name if page.practice_paper_id else "",
        "external_id": page.external_id or "",
    }


def _order(theme):
    return (theme.sort_order, theme.name)


def export_queryset(queryset):
    """The listing's queryset plus what the export reads beyond the cards."""
    return queryset.select_related("municipality__kreis", "course", "practice_paper")


def csv_bytes(pages):
    out = io.StringIO(newline="")
    writer = csv.DictWriter(out, fieldnames=COLUMNS, lineterminator="\r\n")
    writer.writeheader()
    for page in pages:
        writer.writerow({name: neutralise(value) for name, value in project_row(page).items()})
    # The byte-order mark makes Excel read the file as UTF-8; the import skips it.
    return out.getvalue().encode("utf-8-sig")


def xlsx_bytes(pages):
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    book = Workbook(write_only=True)
    sheet = book.create_sheet("Praxisprojekte")
    sheet.append(COLUMNS)
    for page in pages:
        cells = []
        for value in project_row(page).values():
            if isinstance(value, str):
                cell = WriteOnlyCell(sheet, value=ILLEGAL_CHARACTERS_RE.sub("", value))
                # Text that starts with "=" stays text: no formula from a page title.
                cell.data_type = "s"
            else:
                cell = WriteOnlyCell(sheet, value=value)
            cells.append(cell)
        sheet.append(cells)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


FORMATS = {
    "csv": ("text/csv; charset=utf-8", csv_bytes),
    "xlsx": ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx_bytes),
}
