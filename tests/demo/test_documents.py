"""The demo's PDF files hold real text: the search extracts it (umlauts, brackets and all)."""

from io import BytesIO

from hypothesis import given
from hypothesis import strategies as st
from pypdf import PdfReader

from demo.documents import simple_pdf, wrapped


def text_of(pdf):
    return PdfReader(BytesIO(pdf)).pages[0].extract_text()


def test_title_and_lines_come_back_out():
    lines = wrapped(["Größere Städte (über 50.000 Einwohner) – „Familienbüro“ \\ Süd"])
    text = text_of(simple_pdf("Praxisarbeit: Väter in Elternzeit", lines))
    assert "Praxisarbeit: Väter in Elternzeit" in text
    assert "Größere Städte (über 50.000 Einwohner) – „Familienbüro“ \\ Süd" in text


def test_long_paragraphs_are_wrapped():
    lines = wrapped(["Wort " * 100, "Zweiter Absatz"])
    assert all(len(line) <= 92 for line in lines)
    assert lines[-2:] == ["", "Zweiter Absatz"]


@given(st.text(alphabet=st.characters(min_codepoint=32, max_codepoint=255), max_size=80))
def test_no_text_breaks_the_file(line):
    """Brackets and backslashes are escaped: the title after any line still reads back."""
    assert "Titel" in text_of(simple_pdf("Titel", [line, line]))
