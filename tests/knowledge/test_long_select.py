"""`LongSelect` (the listings' filters) writes the markup of Django's own `Select`, for any
choices, chosen value, name and attributes, and for the listing's own filter form."""

import pytest
from django import forms
from django.utils.safestring import mark_safe
from hypothesis import given, settings
from hypothesis import strategies as st

from knowledge.forms import LongSelect
from tests.builders import kreis, municipality, town

text = st.text(max_size=12) | st.sampled_from(["", "Köln & Bonn", '<b>"x"</b>', "a'b", "1"])
values = text | st.integers(-5, 500)
options = st.lists(st.tuples(values, text), max_size=6)
# Choices: plain (value, label) pairs and named groups of them.
choices = st.lists(st.tuples(values, text) | st.tuples(text, options), max_size=6)
attributes = st.dictionaries(
    st.sampled_from(["id", "class", "data-x", "aria-describedby", "required", "disabled", "x"]),
    text | st.booleans() | st.none() | st.integers() | text.map(mark_safe),
    max_size=4,
)


@settings(max_examples=400, deadline=None)
@given(
    choices=choices,
    value=st.none() | values | st.lists(values, max_size=2),
    name=text,
    attrs=attributes,
    own_attrs=attributes,
)
def test_long_select_writes_djangos_markup(choices, value, name, attrs, own_attrs):
    expected = forms.Select(attrs=own_attrs, choices=choices).render(name, value, attrs)
    assert LongSelect(attrs=own_attrs, choices=choices).render(name, value, attrs) == expected


@pytest.mark.django_db
def test_listing_filters_render_as_with_djangos_select():
    from knowledge.forms import PracticeProjectFilterForm
    from submissions.forms import SubmissionForm

    hoexter = kreis("Kreis Höxter", slug="kreis-hoexter", latitude=51.774, longitude=9.381)
    municipality("Bad Driburg & <Co>", slug="bad-driburg-co", kreis=hoexter, latitude=51.73)
    koeln = town("Köln")
    compared = []
    for form in (
        PracticeProjectFilterForm({"kommune": "koeln", "umkreis": "kreis-hoexter"}),
        PracticeProjectFilterForm({}),
        SubmissionForm({"municipality": str(koeln.pk)}),
    ):
        form.is_valid()
        for bound in form:
            if isinstance(bound.field.widget, LongSelect):
                shown = str(bound)
                bound.field.widget = forms.Select(
                    attrs=bound.field.widget.attrs, choices=bound.field.widget.choices
                )
                assert shown == str(bound)
                compared.append(shown)
    assert len(compared) >= 9
    assert any('<option value="koeln" selected>Köln</option>' in html for html in compared)
    assert any("Bad Driburg &amp; &lt;Co&gt;" in html for html in compared)
