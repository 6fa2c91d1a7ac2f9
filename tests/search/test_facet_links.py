"""The facet links of /suche/ are built fast (`search.views`): the same URLs and HTML as the
straightforward way, for any query a stranger can send."""

from types import SimpleNamespace

from django.test import RequestFactory
from django.utils.html import format_html, format_html_join
from hypothesis import given, settings
from hypothesis import strategies as st

from search import service
from search.engine import FACET_ORDER, FacetValue
from search.views import _pairs, _url, facet_groups


def reference_groups(request, result):
    """`facet_groups` as it was: each URL from all pairs, each link through `format_html`."""
    groups = []
    kreise = {value.value for value in result.facets.get("kreis") or []}
    for name in FACET_ORDER:
        values = result.facets.get(name) or []
        chosen = set(request.GET.getlist(name))
        if name == "kommune":
            values = [v for v in values if v.value not in kreise or v.value in chosen]
        if not values:
            continue
        shown = values[:10] + [v for v in values[10:] if v.value in chosen]
        more = [v for v in values[10:] if v.value not in chosen]
        label = service.FACET_LABELS[name]
        items = [reference_item(request, name, value, chosen) for value in shown]
        more_items = [reference_item(request, name, value, chosen) for value in more]
        groups.append(
            {
                "name": name,
                "label": label,
                "items": items,
                "more_items": more_items,
                "items_html": reference_list(label, items),
                "more_html": reference_list(label, more_items),
            }
        )
    return groups


def reference_item(request, name, value, chosen):
    selected = value.value in chosen
    return {
        "label": value.label,
        "count": value.count,
        "url": _url(request, _pairs(request, name, value.value, add=not selected)),
        "selected": selected,
    }


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
    result = SimpleNamespace(facets=facets)
    assert facet_groups(request, result) == reference_groups(request, result)
