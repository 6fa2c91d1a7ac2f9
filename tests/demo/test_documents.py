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


@given(st.text(alphabet="abcXYZ äöüßÄÖÜ()\\.,;:-!?", max_size=60))
def test_brackets_and_backslashes_never_break_the_text(line):
    text = text_of(simple_pdf("Titel", [line, "Ende"]))
    assert " ".join(line.split()) in " ".join(text.split()) and text.rstrip().endswith("Ende")
