"""Free text and sort order on /praxisprojekte/: the site search finds, the listing filters."""

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.builders import add_project, kreis, municipality, restrict_to_login

pytestmark = pytest.mark.django_db


@pytest.fixture
def indexed(django_capture_on_commit_callbacks):
    """Builds content and runs the search indexing that waits for the commit."""
    return lambda: django_capture_on_commit_callbacks(execute=True)


@pytest.fixture
def projects(sections, indexed):
    with indexed():
        return _projects(sections)


def _projects(sections):
    index = sections["projects"]
    coesfeld = kreis("Kreis Coesfeld")
    duelmen = municipality("Dülmen", kreis=coesfeld)
    return [
        add_project(
            index,
            title="Kita-Plätze in Dülmen",
            summary="Mehr Plätze in der Kindertagespflege für Familien.",
            starting_situation="<p>Es fehlten Plätze für Kinder unter drei Jahren.</p>",
            municipality=duelmen,
            year=2009,
            themes=["kinderbetreuung"],
        ),
        add_project(
            index,
            title="Pflegelotsen im Kreis",
            summary="Ehrenamtliche Lotsen beraten pflegende Angehörige.",
            municipality=coesfeld,
            year=2012,
            themes=["pflege-von-angehoerigen"],
        ),
        add_project(
            index,
            title="Ferienspiele in Herne",
            summary="Ferienbetreuung mit Sport und Kultur; Betreuung der Kinder in den Ferien.",
            municipality=municipality("Herne", kind="kreisfreie_stadt"),
            year=2010,
            themes=["kinderbetreuung", "freizeit-kultur-und-sport"],
        ),
    ]


def listed(client, sections, **params):
    """Titles on the listing in the order shown."""
    response = client.get(sections["projects"].url, params)
    assert response.status_code == 200, response.content.decode()[:600]
    html = response.content.decode()
    return re.findall(r'class="card project-card">\s*<h[23]><a href="[^"]*">([^<]+)</a>', html)


def test_text_finds_projects_and_combines_with_filters(client, sections, projects):
    assert listed(client, sections, q="Pflegelotsen") == ["Pflegelotsen im Kreis"]
    assert listed(client, sections, q="Ferienspiele", thema="kinderbetreuung") == [
        "Ferienspiele in Herne"
    ]
    assert listed(client, sections, q="Ferienspiele", jahr="2009") == []
    assert listed(client, sections, q="Kinder", kreis="kreis-coesfeld") == ["Kita-Plätze in Dülmen"]


def test_a_municipality_name_finds_its_projects(client, sections, projects):
    assert listed(client, sections, q="Dülmen") == ["Kita-Plätze in Dülmen"]


def test_relevance_is_the_order_with_text_and_other_orders_apply(client, sections, projects):
    # "Ferien" is the title's and the summary's word in Herne, nowhere else.
    by_relevance = listed(client, sections, q="Kinder")
    assert set(by_relevance) == {"Kita-Plätze in Dülmen", "Ferienspiele in Herne"}
    assert listed(client, sections, q="Kinder", sortierung="relevanz") == by_relevance
    assert listed(client, sections, q="Kinder", sortierung="neueste") == [
        "Ferienspiele in Herne",
        "Kita-Plätze in Dülmen",
    ]
    assert listed(client, sections, q="Kinder", sortierung="titel") == [
        "Ferienspiele in Herne",
        "Kita-Plätze in Dülmen",
    ]
    assert listed(client, sections, sortierung="titel") == [
        "Ferienspiele in Herne",
        "Kita-Plätze in Dülmen",
        "Pflegelotsen im Kreis",
    ]


def test_relevance_without_text_is_newest_first(client, sections, projects):
    newest = ["Pflegelotsen im Kreis", "Ferienspiele in Herne", "Kita-Plätze in Dülmen"]
    assert listed(client, sections) == newest
    assert listed(client, sections, sortierung="relevanz") == newest


def test_relevance_orders_the_best_match_first(client, sections, indexed):
    index = sections["projects"]
    with indexed():
        add_project(index, title="Stadtteilarbeit", summary="Ein Familienbüro im Stadtteil.")
        add_project(
            index,
            title="Familienbüro Nord",
            summary="Das Familienbüro berät Familien; das Familienbüro ist offen.",
            year=2001,
        )
    assert listed(client, sections, q="Familienbüro") == ["Familienbüro Nord", "Stadtteilarbeit"]


def test_text_is_a_removable_filter_and_the_export_follows_it(client, sections, projects):
    html = client.get(sections["projects"].url, {"q": "Pflegelotsen", "jahr": 2012}).content
    html = html.decode()
    assert 'aria-label="Filter Suchbegriff: Pflegelotsen entfernen"' in html
    assert 'href="?jahr=2012"' in html
    assert 'href="/export/praxisprojekte.csv?q=Pflegelotsen&amp;jahr=2012"' in html
    csv = client.get("/export/praxisprojekte.csv", {"q": "Pflegelotsen"}).content.decode()
    assert "Pflegelotsen im Kreis" in csv and "Ferienspiele" not in csv


def test_text_never_finds_drafts_or_restricted_projects(client, sections, projects, indexed):
    with indexed():
        add_project(sections["projects"], title="Pflegelotsen Entwurf", publish=False)
        secret = add_project(sections["projects"], title="Pflegelotsen intern")
        restrict_to_login(secret)
    assert listed(client, sections, q="Pflegelotsen") == ["Pflegelotsen im Kreis"]


@pytest.mark.parametrize(
    "params, message",
    [
        ({"sortierung": "zufall"}, "Diese Sortierung gibt es nicht."),
        ({"q": "x" * 201}, "Der Suchbegriff ist zu lang (höchstens 200 Zeichen)."),
    ],
)
def test_bad_text_or_order_answers_400_in_german(client, sections, projects, params, message):
    response = client.get(sections["projects"].url, params)
    assert response.status_code == 400
    assert message in response.content.decode()


@pytest.mark.parametrize("q", ["\x00", '"', "und der die", "*", "AND OR NOT", "Kinder\x00tag"])
def test_odd_text_answers_200(client, sections, projects, q):
    assert client.get(sections["projects"].url, {"q": q}).status_code == 200


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    params=st.dictionaries(
        st.sampled_from(["q", "sortierung", "thema", "jahr", "seite"]),
        st.one_of(
            st.text(max_size=60),
            st.sampled_from(["relevanz", "neueste", "titel", "Kinder", "kinderbetreuung", "2"]),
        ),
        max_size=4,
    )
)
def test_any_text_and_order_answer_200_or_400(client, sections, projects, params):
    response = client.get(sections["projects"].url, params)
    assert response.status_code in (200, 400)
    if response.status_code == 400:
        assert "Ihre Auswahl enthält ungültige Angaben" in response.content.decode()
