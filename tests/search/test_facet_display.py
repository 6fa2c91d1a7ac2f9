"""How /suche/ shows its facets: behind a "Filter" disclosure, every value reachable, Kreise
in the Kreis facet only."""

import re

import pytest

from tests.builders import add_project, kreis, municipality

pytestmark = pytest.mark.django_db

TOWNS = [f"Ort {letter}" for letter in "ABCDEFGHIJKL"]  # twelve: more than a facet shows


@pytest.fixture
def spread(sections, django_capture_on_commit_callbacks):
    coesfeld = kreis("Kreis Coesfeld", slug="kreis-coesfeld")
    with django_capture_on_commit_callbacks(execute=True):
        for name in TOWNS:  # one each: equal counts list A to L
            place = municipality(name, kreis=coesfeld)
            add_project(
                sections["projects"], title=f"Familienprojekt in {name}", municipality=place
            )
        add_project(
            sections["projects"], title="Familienprojekt des Kreises", municipality=coesfeld
        )


def groups(client, **params):
    response = client.get("/suche/", {"q": "Familienprojekt", **params})
    assert response.status_code == 200
    return {g["name"]: g for g in response.context["facet_groups"]}, response.content.decode()


def test_every_value_is_reachable_behind_und_n_weitere(client, spread):
    facets, html = groups(client)
    towns = facets["kommune"]
    assert [item["label"] for item in towns["items"]] == TOWNS[:10]
    assert [item["label"] for item in towns["more_items"]] == TOWNS[10:]
    more = re.search(
        r'<details class="facet-rest">\s*<summary>und 2 weitere</summary>(.*?)</details>',
        html,
        re.S,
    )
    assert more and "Ort K" in more.group(1) and "kommune=ort-l" in more.group(1)
    # A chosen value from the rest moves up among the shown ones.
    facets, _html = groups(client, kommune="ort-l")
    assert "Ort L" in [item["label"] for item in facets["kommune"]["items"]]
    assert "Ort L" not in [item["label"] for item in facets["kommune"]["more_items"]]


def test_kreise_are_in_the_kreis_facet_not_among_the_municipalities(client, spread):
    facets, _html = groups(client)
    assert [item["label"] for item in facets["kreis"]["items"]] == ["Kreis Coesfeld"]
    labels = [
        item["label"] for item in facets["kommune"]["items"] + facets["kommune"]["more_items"]
    ]
    assert "Kreis Coesfeld" not in labels
    assert facets["kreis"]["items"][0]["count"] == 13


def test_filters_sit_behind_a_disclosure_that_needs_no_script(client, spread):
    _facets, html = groups(client, kommune="ort-a")
    aside = html[html.index('<aside class="search-facets"') : html.index("</aside>")]
    assert re.search(
        r'<details class="filter-disclosure">\s*<summary class="filter-summary">Filter', aside
    )
    assert "(1 aktiv)" in aside
    # The facets come before the results in the document (left column on wide screens) but the
    # closed disclosure keeps them out of the way on narrow ones.
    assert html.index("filter-disclosure") < html.index('id="results-heading"')
