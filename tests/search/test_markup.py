"""The hit cards and the radius places of /suche/ are built in Python (`search.markup`): the
same HTML as the template markup they replace, for any title, place, snippet, theme, event date
and chosen place."""

import datetime

import pytest
from django.template import engines
from django.test import RequestFactory
from django.utils.html import escape
from django.utils.safestring import mark_safe
from hypothesis import given, settings
from hypothesis import strategies as st

from events.models import EventPage
from search.engine import Hit
from search.markup import hit_cards, place_options, select

pytestmark = pytest.mark.django_db  # a page object asks for its default locale

# The cards as the template rendered them before (tags between elements without whitespace).
REFERENCE = engines["django"].from_string(
    "{% load events_tags %}{% for hit, event in hit_rows %}"
    '<li class="card search-hit">'
    '<p class="meta"><span class="badge">{{ hit.kind_label }}</span>{% if event %}'
    '{% if event.is_past %} <span class="badge badge-archived">Vergangener Termin</span>'
    "{% endif %} · <time datetime=\"{{ event.start_date|date:'Y-m-d' }}\">{{ event|when }}</time>"
    "{% endif %}{% if hit.municipality %} · {{ hit.municipality }}{% endif %}"
    "{% if hit.year and not event %} · {{ hit.year }}{% endif %}</p>"
    '<h3><a href="{{ hit.url }}">{{ hit.title }}</a></h3>'
    '{% if hit.snippet %}<p class="snippet">{{ hit.snippet }}</p>{% endif %}'
    '{% if hit.themes %}<ul class="tag-list" aria-label="Themen">{% for slug, name in hit.themes %}'
    '<li><a href="{{ request.path }}?thema={{ slug|urlencode }}">{{ name }}</a></li>'
    "{% endfor %}</ul>{% endif %}</li>{% endfor %}"
)

text = st.text(max_size=20) | st.sampled_from(["", "Köln & Bonn", '<b>"x"</b>', "a'b", "%20/?"])
# Snippets arrive escaped and marked safe, as `search.engine.snippet` builds them.
snippets = st.builds(
    lambda words: mark_safe(" ".join(f"<mark>{escape(w)}</mark>" for w in words)),  # noqa: S308
    st.lists(text),
)
hits = st.builds(
    Hit,
    page_id=st.integers(1, 10**6),
    kind=st.sampled_from(["praxisprojekt", "termin"]),
    kind_label=text,
    title=text,
    url=text,
    municipality=text,
    year=st.none() | st.integers(1990, 2030),
    themes=st.lists(st.tuples(text, text), max_size=3),
    snippet=snippets | text,
)
dates = st.dates(datetime.date(2000, 1, 1), datetime.date(2040, 12, 31))
times = st.none() | st.times().map(lambda t: t.replace(second=0, microsecond=0))
events = st.none() | st.builds(
    lambda start, days, start_time, end_time: EventPage(
        title="Termin",
        start_date=start,
        end_date=start + datetime.timedelta(days=days),
        start_time=start_time,
        end_time=end_time,
    ),
    dates,
    st.integers(0, 400),
    times,
    times,
)
paths = st.sampled_from(["/suche/", "/such&e/", '/"x"/'])


@settings(max_examples=300, deadline=None)
@given(rows=st.lists(st.tuples(hits, events), max_size=4), path=paths)
def test_hit_cards_are_those_of_the_template(rows, path):
    request = RequestFactory().get(path)
    assert hit_cards(rows, path) == REFERENCE.render({"hit_rows": rows}, request)


# The radius form's places as the template rendered them before.
REFERENCE_OPTIONS = engines["django"].from_string(
    '{% for place in radius_places %}<option value="{{ place.slug }}"'
    "{% if place.slug == request.GET.umkreis %} selected{% endif %}>{{ place.name }}</option>"
    "{% endfor %}"
)
place_slugs = st.sampled_from(["hoexter", "bad-driburg", "köln", "a&b", '"x"', "<p>"]) | text


@settings(max_examples=300, deadline=None)
@given(
    places=st.lists(st.tuples(place_slugs, text), unique_by=lambda place: place[0], max_size=6),
    chosen=st.lists(place_slugs, max_size=2),
)
def test_radius_options_are_those_of_the_template(places, chosen):
    request = RequestFactory().get("/suche/", {"umkreis": chosen} if chosen else {})
    expected = REFERENCE_OPTIONS.render(
        {"radius_places": [{"slug": slug, "name": name} for slug, name in places]}, request
    )
    assert select(place_options(places), request.GET.get("umkreis")) == expected
