"""Read a spreadsheet (CSV in UTF-8 or the first sheet of an XLSX file) into numbered rows of text.

Nothing here knows about practice projects beyond the column names; `transfer.rows` checks the
values. Every problem a person can cause with a file ends in a German message, never a traceback.
"""

import csv
import datetime
import io
import unicodedata
import zipfile
from dataclasses import dataclass, field
from decimal import Decimal

from operations.spreadsheets import restore

REQUIRED_COLUMNS = [
    "title",
    "summary",
    "body",
    "municipality",
    "kreis",
    "course",
    "year",
    "authors",
    "themes",
]
OPTIONAL_COLUMNS = ["status", "target_groups", "document", "external_id"]
COLUMNS = REQUIRED_COLUMNS + OPTIONAL_COLUMNS

# German headings an editor may type instead of the technical names.
HEADER_ALIASES = {
    "titel": "title",
    "kurzbeschreibung": "summary",
    "text": "body",
    "beschreibung": "body",
    "kommune": "municipality",
    "kurs": "course",
    "jahr": "year",
    "autoren": "authors",
    "verfasst_von": "authors",
    "themen": "themes",
    "umsetzungsstand": "status",
    "zielgruppen": "target_groups",
    "dokument": "document",
    "kennung": "external_id",
    "externe_kennung": "external_id",
}

MAX_ROWS = 50_000
# More columns than any import file needs (there are 13), fewer than Excel's 16,384.
MAX_COLUMNS = 64
# An XLSX file may unpack to this much at most (a full 10 MB import takes far less).
MAX_UNPACKED = 200 * 1024 * 1024


class FileError(Exception):
    """The file as a whole cannot be read; the message is German and meant for the editor."""


@dataclass(frozen=True)
class RowError:
    """One problem in one row (and usually one column), in German."""

    row: int
    column: str | None
    message: str

    def __str__(self):
        if self.column:
            return f"Zeile {self.row}, Spalte „{self.column}“: {self.message}"
        return f"Zeile {self.row}: {self.message}"


@dataclass
class RawRow:
    """A non-empty row of the sheet: its number as the editor sees it and its cells as text."""

    number: int
    cells: dict[str, str]
    errors: list[RowError] = field(default_factory=list)


@dataclass
class Table:
    columns: list[str]
    rows: list[RawRow]


def normalise_header(value):
    name = unicodedata.normalize("NFC", str(value or "")).strip().lstrip("\ufeff").lower()
    name = name.replace(" ", "_").replace("-", "_")
    return HEADER_ALIASES.get(name, name)


def check_header(headers):
    """Column names in file order (None for blank trailing headings); FileError if unusable."""
    names = [normalise_header(h) for h in headers]
    while names and not names[-1]:
        names.pop()
    if not names:
        raise FileError("Die Datei enthält keine Kopfzeile mit Spaltennamen.")
    if len(names) == 1 and ";" in names[0]:
        raise FileError(
            "Die Kopfzeile enthält Semikolons: Bitte die Datei mit Kommas als Trennzeichen "
            "speichern (in Excel: „CSV UTF-8 (durch Trennzeichen getrennt)“)."
        )
    unknown = [n for n in names if n and n not in COLUMNS]
    if unknown:
        raise FileError(
            "Unbekannte Spalte(n): "
            + ", ".join(f"„{n}“" for n in unknown)
            + ". Erlaubt sind: "
            + ", ".join(COLUMNS)
            + "."
        )
    if "" in names:
        raise FileError(f"Die Spalte {names.index('') + 1} hat keinen Namen.")
    duplicates = sorted({n for n in names if names.count(n) > 1})
    if duplicates:
        raise FileError("Doppelte Spalte(n): " + ", ".join(f"„{n}“" for n in duplicates) + ".")
    missing = [c for c in REQUIRED_COLUMNS if c not in names]
    if missing:
        raise FileError("Es fehlen Spalten: " + ", ".join(f"„{c}“" for c in missing) + ".")
    return names


def _row(number, names, values, errors=None):
    """A RawRow from cell texts, or None for an empty line."""
    if not any(v.strip() for v in values):
        return None
    row = RawRow(number, {}, list(errors or []))
    for index, value in enumerate(values):
        if index < len(names):
            row.cells[names[index]] = value
        elif value.strip():
            row.errors.append(
                RowError(number, None, f"Die Zeile hat mehr Zellen als Spalten ({len(names)}).")
            )
            break
    for name in names:
        row.cells.setdefault(name, "")
    return row


def read_csv(data: bytes) -> Table:
    """Rows of a UTF-8 CSV file; text the export marked against formulas reads as it was."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise FileError(
            f"Die Datei ist nicht in UTF-8 kodiert (erstes ungültiges Zeichen in Zeile {line}). "
            "Bitte in Excel als „CSV UTF-8 (durch Trennzeichen getrennt)“ speichern."
        ) from None
    if "\x00" in text:
        line = text[: text.index("\x00")].count("\n") + 1
        raise FileError(f"Die Datei enthält ein Nullzeichen (Zeile {line}); ist sie wirklich CSV?")
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    # Rows are numbered as a spreadsheet shows them: one per record, even when a cell spans lines.
    rows, names, number = [], None, 0
    try:
        for number, values in enumerate(reader, start=1):  # noqa: B007 - used after the loop
            if names is None:
                if any(v.strip() for v in values):
                    names = check_header(values)
                continue
            row = _row(number, names, [restore(value) for value in values])
            if row is not None:
                rows.append(row)
                if len(rows) > MAX_ROWS:
                    raise FileError(f"Die Datei hat mehr als {MAX_ROWS} Zeilen.")
    except csv.Error as error:
        raise FileError(
            f"Die CSV-Datei ist in Zeile {number + 1} fehlerhaft aufgebaut "
            "(etwa ein nicht geschlossenes Anführungszeichen)."
        ) from error
    if names is None:
        raise FileError("Die Datei ist leer.")
    return Table(names, rows)


def cell_text(value):
    """An XLSX cell value as the text a person typed."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "ja" if value else "nein"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, (int, float, Decimal)):
        return str(value)
    if isinstance(value, datetime.datetime):
        return value.date().isoformat() if value.time() == datetime.time() else value.isoformat()
    if isinstance(value, (datetime.date, datetime.time)):
        return value.isoformat()
    return str(value)


def _is_formula(value):
    return isinstance(value, str) and value.startswith("=")


def _check_archive(data):
    """Refuse an archive that unpacks to far more than a real import file (a zip bomb)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            unpacked = sum(item.file_size for item in archive.infolist())
    except (zipfile.BadZipFile, OSError, ValueError) as error:
        raise FileError(
            "Die Excel-Datei kann nicht gelesen werden. Bitte im Format .xlsx speichern."
        ) from error
    if unpacked > MAX_UNPACKED:
        raise FileError(
            f"Die Excel-Datei ist entpackt größer als {MAX_UNPACKED // 1024 // 1024} MB. "
            "Bitte nur das Tabellenblatt mit den Praxisprojekten speichern."
        )


def _first_sheet(data, data_only):
    """The first sheet, read row by row; refused if it declares more rows or columns than allowed.

    The size comes from the sheet's own `dimension` entry, before any row is read. Reading then
    ignores it (a file may declare less than it holds): rows are counted as they come, and only
    the first MAX_COLUMNS columns are read, so no row is padded to 16,384 empty cells.
    """
    from openpyxl import load_workbook

    sheet = load_workbook(io.BytesIO(data), read_only=True, data_only=data_only).worksheets[0]
    rows, columns = sheet.max_row, sheet.max_column
    if rows and rows > MAX_ROWS + 1:
        raise FileError(
            f"Das Tabellenblatt ist mit {rows} Zeilen angelegt; erlaubt sind höchstens "
            f"{MAX_ROWS} Zeilen und die Kopfzeile."
        )
    if columns and columns > MAX_COLUMNS:
        raise FileError(
            f"Das Tabellenblatt ist mit {columns} Spalten angelegt; erlaubt sind höchstens "
            f"{MAX_COLUMNS}. Bitte nur die benötigten Spalten speichern."
        )
    sheet.reset_dimensions()
    return sheet.iter_rows(max_col=MAX_COLUMNS, values_only=True)


def _xlsx_rows(data):
    """(number, values, formulas) per row: cached values, and the formulas behind them.

    A formula Excel never calculated has no cached value and would silently read as empty.
    """
    _check_archive(data)
    try:
        rows = zip(_first_sheet(data, True), _first_sheet(data, False), strict=False)
        for number, (values, formulas) in enumerate(rows, start=1):
            if number > MAX_ROWS + 1:
                raise FileError(f"Die Datei hat mehr als {MAX_ROWS} Zeilen.")
            yield number, values, formulas
    except FileError:
        raise
    except (zipfile.BadZipFile, KeyError, IndexError, ValueError, TypeError, OSError) as error:
        raise FileError(
            "Die Excel-Datei kann nicht gelesen werden. Bitte im Format .xlsx speichern."
        ) from error
    except Exception as error:  # openpyxl raises many kinds on broken files
        raise FileError("Die Excel-Datei ist beschädigt und kann nicht gelesen werden.") from error


def read_xlsx(data: bytes) -> Table:
    names, rows = None, []
    for number, values, formulas in _xlsx_rows(data):
        texts = [cell_text(v) for v in values]
        if names is None:
            if any(t.strip() for t in texts):
                names = check_header(texts)
            continue
        errors = []
        for index, (value, formula) in enumerate(zip(values, formulas, strict=False)):
            if value is None and _is_formula(formula) and index < len(names):
                errors.append(
                    RowError(
                        number,
                        names[index],
                        "Die Zelle enthält eine Formel ohne berechneten Wert. Bitte die Datei "
                        "in Excel öffnen und speichern oder die Werte statt der Formel einfügen.",
                    )
                )
                texts[index] = formula
        row = _row(number, names, texts, errors)
        if row is not None:
            rows.append(row)
    if names is None:
        raise FileError("Das erste Tabellenblatt ist leer.")
    return Table(names, rows)


def read_table(filename: str, data: bytes) -> Table:
    """Read a CSV or XLSX file by its name's ending."""
    name = (filename or "").lower()
    if name.endswith(".csv"):
        return read_csv(data)
    if name.endswith(".xlsx"):
        return read_xlsx(data)
    if name.endswith(".xls"):
        raise FileError(
            "Das alte Excel-Format .xls wird nicht unterstützt; bitte als .xlsx speichern."
        )
    raise FileError("Bitte eine CSV-Datei (.csv) oder eine Excel-Datei (.xlsx) wählen.")
