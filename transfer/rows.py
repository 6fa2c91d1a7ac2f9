"""Check one spreadsheet row of a practice project and turn it into typed values.

One function per column; each returns the clean value or raises `CellError` with a German
explanation. `parse_row` collects every problem of a row, so the editor sees them all at once.
"""

import functools
import html
import re
import unicodedata
from dataclasses import dataclass, field
from html.parser import HTMLParser

from django.utils.translation import get_language

from knowledge.models import PracticeProjectPage, TargetGroup, Theme

from .readers import RawRow, RowError

# The write-up's sections in reading order, with the heading that introduces each in `body`.
SECTIONS = [
    "starting_situation",
    "goals",
    "approach",
    "results",
    "lessons_learned",
    "partners",
]
# Paragraphs before any section heading describe what was done.
DEFAULT_SECTION = "approach"

MAX_LENGTHS = {
    "title": 255,
    "summary": 300,
    "municipality": 120,
    "kreis": 120,
    "authors": 300,
    "document": 255,
    "external_id": 100,
}
YEAR_RANGE = (1990, 2100)


class CellError(ValueError):
    """A cell's value is unusable; the message is German."""


@dataclass
class Vocabulary:
    """The curated vocabularies, looked up by German name or slug (case-insensitive)."""

    themes: dict = field(default_factory=dict)
    target_groups: dict = field(default_factory=dict)
    theme_names: list = field(default_factory=list)
    target_group_names: list = field(default_factory=list)

    @classmethod
    def load(cls):
        vocabulary = cls()
        for theme in Theme.objects.order_by("sort_order", "name"):
            vocabulary.themes[theme.name.casefold()] = theme
            vocabulary.themes[theme.slug.casefold()] = theme
            vocabulary.theme_names.append(theme.name)
        for group in TargetGroup.objects.order_by("sort_order", "name"):
            vocabulary.target_groups[group.name.casefold()] = group
            vocabulary.target_groups[group.slug.casefold()] = group
            vocabulary.target_group_names.append(group.name)
        return vocabulary


@dataclass
class ProjectRow:
    """A checked row: what the practice project page should hold."""

    number: int
    title: str
    summary: str
    sections: dict
    municipality: str
    kreis: str
    course: int | None
    year: int
    authors: str
    themes: list
    status: str | None = None
    target_groups: list | None = None
    document: str = ""
    external_id: str = ""

    @property
    def key(self):
        """What identifies the project in a file: its external id, else title and place."""
        if self.external_id:
            return ("id", self.external_id)
        return ("title", self.title.casefold(), self.municipality.casefold())


# --- Cell text ---------------------------------------------------------------------------------


# Unicode categories Cc (control characters; tab is allowed, line breaks in long texts) and Cs
# (lone surrogates: a broken encoding), found by a regular expression instead of a loop in Python.
SUSPECT_CHARACTERS = re.compile("[\x00-\x08\x0a-\x1f\x7f-\x9f\ud800-\udfff]")


def clean_text(value, column, required=False, multiline=False):
    """Trimmed text without control characters; German errors for empty or broken cells."""
    text = unicodedata.normalize("NFC", value or "").replace("\r\n", "\n").replace("\r", "\n")
    for match in SUSPECT_CHARACTERS.finditer(text):
        char = match.group()
        if "\ud800" <= char <= "\udfff":
            raise CellError("Die Zelle enthält ungültige Zeichen (defekte Kodierung).")
        if not (multiline and char == "\n"):
            raise CellError(
                f"Die Zelle enthält ein unzulässiges Steuerzeichen (U+{ord(char):04X})."
            )
    if "\ufffd" in text:
        raise CellError(
            "Die Zelle enthält das Ersatzzeichen „\ufffd“: Die Datei wurde wohl mit falscher "
            "Kodierung gespeichert."
        )
    text = text.strip() if multiline else " ".join(text.split())
    if required and not text:
        raise CellError("Die Zelle ist leer, muss aber ausgefüllt sein.")
    limit = MAX_LENGTHS.get(column)
    if limit and len(text) > limit:
        raise CellError(f"Der Text ist {len(text)} Zeichen lang; erlaubt sind höchstens {limit}.")
    return text


def parse_year(value):
    text = clean_text(value, "year", required=True)
    match = re.fullmatch(r"(\d{4})(?:[.,]0+)?", text)
    year = int(match.group(1)) if match else None
    if year is None or not YEAR_RANGE[0] <= year <= YEAR_RANGE[1]:
        raise CellError(
            f"„{text[:40]}“ ist kein gültiges Jahr; erlaubt sind Jahreszahlen von "
            f"{YEAR_RANGE[0]} bis {YEAR_RANGE[1]}."
        )
    return year


def parse_course(value):
    """ "Kurs 5", "5" or empty (no course)."""
    text = clean_text(value, "course")
    if not text:
        return None
    match = re.fullmatch(r"(?:kurs\s*)?(\d{1,3})(?:[.,]0+)?", text, flags=re.IGNORECASE)
    if not match or not 1 <= int(match.group(1)) <= 999:
        raise CellError(f"„{text[:40]}“ ist kein Kurs; bitte wie „Kurs 5“ angeben.")
    return int(match.group(1))


def parse_status(value):
    """A German label or value of the status; empty means "umgesetzt"."""
    text = clean_text(value, "status")
    if not text:
        return PracticeProjectPage.Status.IMPLEMENTED.value
    status_value = _status_names(get_language()).get(text.casefold())
    if status_value is not None:
        return status_value
    allowed = ", ".join(str(label) for _, label in PracticeProjectPage.Status.choices)
    raise CellError(f"Unbekannter Umsetzungsstand „{text[:40]}“. Erlaubt sind: {allowed}.")


@functools.cache
def _status_names(language):
    """{casefolded value or label: value} of the statuses, in `language` (translating a label
    costs more than the rest of a row's status)."""
    names = {}
    for status_value, label in PracticeProjectPage.Status.choices:
        names.setdefault(status_value.casefold(), status_value)
        names.setdefault(str(label).casefold(), status_value)
    return names


def split_list(text):
    return [part.strip() for part in text.split(";") if part.strip()]


def parse_vocabulary(value, column, lookup, names, label):
    """Entries separated by semicolons, each a German name or slug of the curated list."""
    text = clean_text(value, column)
    found, unknown = {}, []
    for part in split_list(text):
        entry = lookup.get(part.casefold())
        if entry is None:
            unknown.append(part)
        else:
            found[entry.pk] = entry
    if unknown:
        listed = ", ".join(f"„{u[:40]}“" for u in unknown[:5])
        raise CellError(
            f"Unbekannte {label}: {listed}. Die Liste ist fest; erlaubt sind: {', '.join(names)}."
        )
    return sorted(found.values(), key=lambda entry: entry.slug)


def parse_document(value):
    text = clean_text(value, "document")
    if text and ("/" in text or "\\" in text or text in (".", "..")):
        raise CellError("Bitte nur den Dateinamen angeben, ohne Ordner.")
    return text


def parse_body(value):
    """Plain text → {section: [paragraphs]}; a paragraph that is a section's heading starts it."""
    text = clean_text(value, "body", multiline=True)
    headings = section_headings()
    sections = {name: [] for name in SECTIONS}
    current = DEFAULT_SECTION
    for paragraph in re.split(r"\n[ \t]*\n", text):
        lines = [" ".join(line.split()) for line in paragraph.split("\n")]
        paragraph = "\n".join(line for line in lines if line)
        if not paragraph:
            continue
        heading = headings.get(paragraph.rstrip(":").casefold())
        if heading:
            current = heading
        else:
            sections[current].append(paragraph)
    return sections


def section_headings():
    """{heading as a sheet may write it: field name}, in the active language."""
    return _section_headings(get_language())


@functools.lru_cache(maxsize=8)
def _section_headings(language):
    return {
        str(PracticeProjectPage._meta.get_field(name).verbose_name).casefold(): name
        for name in SECTIONS
    }


def parse_row(raw: RawRow, vocabulary: Vocabulary):
    """(ProjectRow or None, [RowError]) for one row of the sheet."""
    errors = list(raw.errors)
    failed = {error.column for error in errors}
    cells = raw.cells
    values = {}

    parsers = {
        "title": lambda v: clean_text(v, "title", required=True),
        "summary": lambda v: clean_text(v, "summary", required=True),
        "body": parse_body,
        "municipality": lambda v: clean_text(v, "municipality", required=True),
        "kreis": lambda v: clean_text(v, "kreis"),
        "course": parse_course,
        "year": parse_year,
        "authors": lambda v: clean_text(v, "authors"),
        "themes": lambda v: parse_vocabulary(
            v, "themes", vocabulary.themes, vocabulary.theme_names, "Themen"
        ),
        "status": parse_status,
        "target_groups": lambda v: parse_vocabulary(
            v,
            "target_groups",
            vocabulary.target_groups,
            vocabulary.target_group_names,
            "Zielgruppen",
        ),
        "document": parse_document,
        "external_id": lambda v: clean_text(v, "external_id"),
    }
    for column, parse in parsers.items():
        if column not in cells or column in failed:
            continue
        try:
            values[column] = parse(cells[column])
        except CellError as error:
            errors.append(RowError(raw.number, column, str(error)))
    if errors:
        return None, errors
    return (
        ProjectRow(
            number=raw.number,
            title=values["title"],
            summary=values["summary"],
            sections=values["body"],
            municipality=values["municipality"],
            kreis=values["kreis"],
            course=values["course"],
            year=values["year"],
            authors=values["authors"],
            themes=values["themes"],
            status=values.get("status"),
            target_groups=values.get("target_groups"),
            document=values.get("document", ""),
            external_id=values.get("external_id", ""),
        ),
        [],
    )


# --- Body text and rich text -------------------------------------------------------------------


def paragraphs_to_html(paragraphs):
    return "".join(
        "<p>" + "<br/>".join(html.escape(line, quote=False) for line in p.split("\n")) + "</p>"
        for p in paragraphs
    )


class _TextExtractor(HTMLParser):
    """Paragraphs of plain text from Wagtail rich text (blocks become paragraphs)."""

    BLOCKS = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "div", "ul", "ol"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.paragraphs, self.current = [], []

    def flush(self):
        text = "".join(self.current)
        lines = [" ".join(line.split()) for line in text.split("\n")]
        text = "\n".join(line for line in lines if line)
        if text:
            self.paragraphs.append(text)
        self.current = []

    def handle_starttag(self, tag, attrs):
        if tag in self.BLOCKS:
            self.flush()
        elif tag == "br":
            self.current.append("\n")
        elif tag == "li":
            self.current.append("\n- ")

    def handle_endtag(self, tag):
        if tag in self.BLOCKS:
            self.flush()

    def handle_data(self, data):
        self.current.append(data.replace("\n", " "))


def html_to_paragraphs(value):
    parser = _TextExtractor()
    parser.feed(str(value or ""))
    parser.close()
    parser.flush()
    return parser.paragraphs


def body_text(sections):
    """The `body` cell for a page's sections; headings only when more than the default is used."""
    used = [name for name in SECTIONS if sections.get(name)]
    if used in ([], [DEFAULT_SECTION]):
        return "\n\n".join(sections.get(DEFAULT_SECTION, []))
    headings = {name: str(PracticeProjectPage._meta.get_field(name).verbose_name) for name in used}
    parts = []
    for name in used:
        parts.append(headings[name])
        parts.extend(sections[name])
    return "\n\n".join(parts)
