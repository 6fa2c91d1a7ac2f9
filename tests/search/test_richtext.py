"""The admin index's rich text shortcut gives exactly Wagtail's indexing text."""

from hypothesis import given, settings
from hypothesis import strategies as st
from wagtail.rich_text import get_text_for_indexing

from search.richtext import text_for_indexing

WORDS = st.text(
    alphabet=st.sampled_from(list("abcäöüßXYZ 0123\n\t.,;:!?-'\"/=>")), min_size=0, max_size=12
)
ENTITIES = st.sampled_from(["&amp;", "&lt;", "&gt;", "&nbsp;", "&#60;", "&#x3C;", "&quot;"])
NAMES = st.sampled_from(
    ["p", "h2", "h7", "li", "ul", "ol", "blockquote", "a", "b", "em", "span", "P", "script", "x"]
)
ATTRIBUTES = st.lists(
    st.tuples(st.sampled_from(["href", "class", "linktype", "id", "data-x"]), WORDS), max_size=2
)


@st.composite
def tags(draw):
    name = draw(NAMES)
    attributes = "".join(f' {key}="{value}"' for key, value in draw(ATTRIBUTES))
    form = draw(st.sampled_from(["open", "close", "self"]))
    if form == "close":
        return f"</{name}>"
    return f"<{name}{attributes}{' /' if form == 'self' else ''}>"


MARKUP = st.lists(
    st.one_of(
        WORDS,
        ENTITIES,
        tags(),
        st.sampled_from(["<br/>", "<br />", "<hr/>", "<br>", "&", "<", "&amp", "<!-- x -->"]),
    ),
    max_size=25,
).map("".join)


@settings(max_examples=2000)
@given(MARKUP)
def test_editor_like_markup_gives_wagtails_text(html):
    assert text_for_indexing(html) == get_text_for_indexing(html)


@settings(max_examples=500)
@given(st.text(max_size=80))
def test_any_text_gives_wagtails_text(html):
    assert text_for_indexing(html) == get_text_for_indexing(html)


def test_blocks_are_separated_and_entities_decoded():
    html = (
        '<h2>Ziele</h2><p>Kita &amp; Schule</p><ul><li>eins</li><li><a href="/x">zwei</a></li></ul>'
    )
    assert text_for_indexing(html) == "Ziele Kita & Schule eins zwei"
