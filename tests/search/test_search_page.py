"""The search page: results, ranking, facets, browse mode, no-hit help, bad input."""

import pytest

from search.models import SearchEntry
from tests.builders import add_project, restrict_to_login


def hits(response):
    return [hit.title for hit in response.context["result"].hits]


@pytest.mark.django_db
def test_published_projects_are_indexed_and_found(client, projects):
    assert SearchEntry.objects.count() == 3
    response = client.get("/suche/", {"q": "Ferienbetreuung"})
    assert response.status_code == 200
    assert hits(response) == ["Ferienbetreuung für Schulkinder"]
    assert "<mark>Ferienbetreuung</mark>" in response.content.decode()


@pytest.mark.django_db
def test_natural_language_query_with_stop_words_finds_matches(client, projects):
    response = client.get("/suche/", {"q": "Weiterbildung für Fachleute in Kommunen"})
    assert hits(response) == ["Familienbüro im Rathaus"]


@pytest.mark.django_db
def test_more_matched_words_rank_higher(client, projects):
    response = client.get("/suche/", {"q": "Pflege Angehörigen Beratung"})
    assert hits(response)[0] == "Pflege von Angehörigen"


@pytest.mark.django_db
def test_title_outranks_body(client, sections, places, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        add_project(sections["projects"], title="Allgemeines", approach="<p>Rathaus Rathaus</p>")
        add_project(sections["projects"], title="Rathaus für Familien", summary="Kurz.")
    response = client.get("/suche/", {"q": "Rathaus"})
    assert hits(response)[0] == "Rathaus für Familien"


@pytest.mark.django_db
def test_snippet_escapes_editor_html(client, projects):
    response = client.get("/suche/", {"q": "Vereinen"})
    body = response.content.decode()
    assert "<b>" not in body.split("search-hits")[1]
    assert "<mark>Vereinen</mark>" in body


@pytest.mark.django_db
def test_facets_count_and_narrow_and_undo(client, projects):
    response = client.get("/suche/", {"q": "Familien Kinder Angehörige Anlaufstelle"})
    facets = {g["name"]: g for g in response.context["facet_groups"]}
    years = {item["label"]: item["count"] for item in facets["jahr"]["items"]}
    assert years == {"2014": 2, "2010": 1} or years == {"2014": 1, "2010": 1}
    narrow = next(i for i in facets["kreis"]["items"] if i["label"] == "Kreis Höxter")
    narrowed = client.get(narrow["url"])
    places = {hit.municipality for hit in narrowed.context["result"].hits}
    assert places and places <= {"Bad Driburg", "Kreis Höxter"}
    chosen = next(
        i
        for g in narrowed.context["facet_groups"]
        if g["name"] == "kreis"
        for i in g["items"]
        if i["selected"]
    )
    undone = client.get(chosen["url"])
    assert undone.context["result"].count == response.context["result"].count


@pytest.mark.django_db
def test_theme_filter(client, projects):
    response = client.get("/suche/", {"thema": "kinderbetreuung"})
    assert hits(response) == ["Ferienbetreuung für Schulkinder"]


@pytest.mark.django_db
def test_browse_mode_shows_newest_with_facets(client, projects):
    response = client.get("/suche/")
    assert response.status_code == 200
    assert response.context["result"].count == 3
    assert response.context["facet_groups"]
    assert "Neueste Inhalte" in response.content.decode()


@pytest.mark.django_db
def test_no_hits_offers_themes_and_did_you_mean(client, projects):
    # Five letters: too short for typo matching, but one edit from "Pflege".
    response = client.get("/suche/", {"q": "Pflge"})
    assert response.status_code == 200
    body = response.content.decode()
    assert "nichts gefunden" in body
    assert "Meinten Sie" in body and "pflege" in body
    assert "Kinderbetreuung" in body  # the themes to browse


@pytest.mark.django_db
def test_one_typing_error_in_a_longer_word_still_finds_it(client, projects):
    response = client.get("/suche/", {"q": "Ferienbetreuunk"})
    assert hits(response) == ["Ferienbetreuung für Schulkinder"]


@pytest.mark.django_db
def test_drafts_and_restricted_pages_stay_hidden(
    client, sections, places, member, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        add_project(sections["projects"], title="Geheimprojekt Entwurf", publish=False)
        secret = add_project(sections["projects"], title="Geheimprojekt intern")
        restrict_to_login(secret)
    assert hits(client.get("/suche/", {"q": "Geheimprojekt"})) == []
    assert client.get("/suche/").context["result"].count == 0
    client.force_login(member)
    assert hits(client.get("/suche/", {"q": "Geheimprojekt"})) == ["Geheimprojekt intern"]


@pytest.mark.django_db
def test_unpublish_and_delete_remove_from_index(
    client, projects, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        projects[0].unpublish()
    assert hits(client.get("/suche/", {"q": "Ferienbetreuung"})) == []
    with django_capture_on_commit_callbacks(execute=True):
        projects[1].delete()
    assert hits(client.get("/suche/", {"q": "Rathaus"})) == []
    assert SearchEntry.objects.count() == 1


ODD_QUERIES = [
    '"',
    'a"b',
    "\\",
    "(Kinder]",
    "AND OR NOT",
    "*",
    "-x",
    "C++",
    "Familie 👪",
    "Fami\x00lie",
    "   ",
    " ".join(["Familie"] * 62),  # 495 characters, just under the form's limit
    "NEAR(a b)",
    "title:x",
    "^Familie",
    "{a b}",
    "'; DROP TABLE search_searchentry; --",
]


@pytest.mark.django_db
def test_odd_queries_answer_200(client, projects):
    for query in ODD_QUERIES:
        assert client.get("/suche/", {"q": query}).status_code == 200, query
        assert client.get("/api/search/", {"q": query}).status_code == 200, query
        assert client.get("/api/search/suggest", {"q": query[:200]}).status_code == 200, query


BAD_PARAMETERS = [
    {"seite": "abc"},
    {"seite": "0"},
    {"seite": "99"},
    {"seite": "9" * 5000},
    {"thema": "gibt-es-nicht"},
    {"typ": "rakete"},
    {"kommune": "atlantis"},
    {"kreis": "x\x00"},
    {"jahr": "zwanzig"},
    {"sortierung": "zufall"},
    {"q": "Familie" * 72},  # 504 characters, over the form's limit
]


@pytest.mark.django_db
def test_bad_parameters_answer_400_in_german(client, projects):
    for params in BAD_PARAMETERS:
        response = client.get("/suche/", params)
        assert response.status_code == 400, params
        assert "ungültige Angaben" in response.content.decode()
        response = client.get("/api/search/", params)
        assert response.status_code == 400, params
        assert response.json()["errors"], params


@pytest.mark.django_db
def test_search_page_queries_stay_flat_as_places_grow(client, projects, places):
    """Place names (for the shortcuts) and the radius form's places are cached: the page costs
    the same few statements with 3 or 40 municipalities, with or without a place named."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from tests.builders import municipality

    def statements(query):
        client.get("/suche/", query)  # warm: snapshot, vocabulary, caches
        with CaptureQueriesContext(connection) as context:
            assert client.get("/suche/", query).status_code == 200
        return len(context.captured_queries)

    queries = [{"q": "Ferienbetreuung"}, {"q": "Pflege", "thema": "bildung"}, {"q": "Schwerte"}]
    before = [statements(query) for query in queries]
    for number in range(40):
        municipality(f"Ort {number}", slug=f"ort-{number}", latitude=51.0, longitude=7.0)
    assert [statements(query) for query in queries] == before
    assert max(before) <= 5, before
