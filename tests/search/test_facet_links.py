"""The facet links of /suche/ are built fast (`search.views`): the same URLs and HTML as the
straightforward way (each URL from the whole query, each link through `format_html`), for any
query a stranger can send."""

from types import SimpleNamespace

from django.test import RequestFactory
from django.utils.html import format_html, format_html_join
from hypothesis import given, settings
from hypothesis import strategies as st

from search.engine import FACET_ORDER, FacetValue
from search.views import _pairs, _url, facet_groups


def reference_url(request, name, item):
    """The URL as it was built: from all pairs of the query, the value added or removed."""
    return _url(request, _pairs(request, name, item["value"], add=not item["selected"]))


def reference_list(label, items):
    return format_html_join("", "{}", ((reference_link(label, item),) for item in items))


def reference_link(label, item):
    if not item["selected"]:
        return format_html(
            '<li><a href="{}">{} <span class="facet-count">({})</span></a></li>',
            item["url"],
            item["label"],
            item["count"],
        )
    return format_html(
        '<li><a href="{url}" class="facet-selected" aria-current="true" '
        'aria-label="{group} „{text}“ entfernen ({count} Treffer)">{text} '
        '<span class="facet-count">({count})</span> <span aria-hidden="true">×</span></a></li>',
        url=item["url"],
        group=label,
        text=item["label"],
        count=item["count"],
    )


SLUGS = ["a", "b-c", "köln", "x&y", '"q"', "<s>", "kreis-coesfeld", "2024", "ä ö", "%20"]
KEYS = [*FACET_ORDER, "q", "seite", "sortierung", "umkreis", "other"]
facet_values = st.lists(
    st.builds(
        FacetValue,
        value=st.sampled_from(SLUGS) | st.text(max_size=8),
        label=st.text(max_size=12),
        count=st.integers(0, 10_000),
    ),
    max_size=14,
    unique_by=lambda value: value.value,
)


@settings(max_examples=300, deadline=None)
@given(
    facets=st.fixed_dictionaries({name: facet_values for name in FACET_ORDER}),
    params=st.lists(
        st.tuples(st.sampled_from(KEYS), st.sampled_from(SLUGS) | st.text(max_size=8)),
        max_size=8,
    ),
)
def test_facet_links_are_those_of_the_straightforward_way(facets, params):
    request = RequestFactory().get("/suche/", params)
    groups = facet_groups(request, SimpleNamespace(facets=facets))
    for group in groups:
        for key, html in (("items", "items_html"), ("more_items", "more_html")):
            items = group[key]
            assert [item["url"] for item in items] == [
                reference_url(request, group["name"], item) for item in items
            ]
            assert group[html] == reference_list(group["label"], items)
    assert {group["name"] for group in groups} <= {name for name in FACET_ORDER if facets[name]}
