"""CSV cells never start a formula, and the mark comes off again on import (issue 17)."""

from hypothesis import given
from hypothesis import strategies as st

from operations.spreadsheets import TRIGGERS, neutralise, restore


def test_formula_text_is_marked():
    for text in ['=HYPERLINK("http://x")', "+1+1", "-2+3", "@SUM(A1)", "\t=1", "\r=1", "'=1"]:
        assert neutralise(text).startswith("'"), text
    for value in ["Familienbüro", "Kurs 5", "", "a=b", 2014, None]:
        assert neutralise(value) == value


@given(st.text(alphabet=st.sampled_from(["'", "a", " ", *TRIGGERS]), max_size=8) | st.text())
def test_restore_undoes_neutralise(text):
    marked = neutralise(text)
    assert restore(marked) == text
    assert not marked.lstrip("'").startswith(TRIGGERS) or marked.startswith("'")
