"""The JSON API: same parameters and rules as the page, OpenAPI schema, suggestions."""

import pytest

from tests.builders import add_project, restrict_to_login


@pytest.mark.django_db
def test_api_answers_with_results_and_facets(client, projects):
    response = client.get("/api/search/", {"q": "Ferienbetreuung"})
    assert response.status_code == 200
    data = response.json()
    assert data["count"] == 1
    result = data["results"][0]
    assert set(result) >= {"title", "url", "type", "municipality", "year", "themes", "snippet"}
    assert result["title"] == "Ferienbetreuung für Schulkinder"
    assert result["type"] == "praxisprojekt"
    assert result["municipality"] == "Bad Driburg"
    assert result["year"] == 2010
    assert result["themes"] == ["Kinderbetreuung"]
    assert "<mark>Ferienbetreuung</mark>" in result["snippet"]
    assert result["url"].endswith("/praxisprojekte/ferienbetreuung-fur-schulkinder/") or result[
        "url"
    ].startswith("http")
    assert {"typ", "thema", "kreis", "kommune", "jahr", "zielgruppe"} <= set(data["facets"])
    assert data["facets"]["kreis"] == [
        {"value": "kreis-hoexter", "label": "Kreis Höxter", "count": 1}
    ]


@pytest.mark.django_db
def test_api_filters_like_the_page(client, projects):
    data = client.get("/api/search/", {"jahr": "2014", "kreis": "kreis-hoexter"}).json()
    assert [r["title"] for r in data["results"]] == ["Pflege von Angehörigen"]


@pytest.mark.django_db
def test_api_bad_input_is_a_german_400(client, projects):
    response = client.get("/api/search/", {"seite": "x"})
    assert response.status_code == 400
    assert response.json()["errors"] == ["Die Seitenzahl muss eine ganze Zahl sein."]


@pytest.mark.django_db
def test_api_hides_restricted_pages_from_anonymous_but_not_members(
    client, sections, places, member, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        secret = add_project(sections["projects"], title="Interne Auswertung Kinderbetreuung")
        restrict_to_login(secret)
    data = client.get("/api/search/", {"q": "Auswertung"}).json()
    assert data["count"] == 0 and data["facets"]["typ"] == []
    assert client.get("/api/search/suggest", {"q": "intern"}).json()["suggestions"] == []
    client.force_login(member)
    assert client.get("/api/search/", {"q": "Auswertung"}).json()["count"] == 1
    labels = [
        s["label"] for s in client.get("/api/search/suggest", {"q": "intern"}).json()["suggestions"]
    ]
    assert labels == ["Interne Auswertung Kinderbetreuung"]


@pytest.mark.django_db
def test_suggest_offers_titles_themes_and_places(client, projects):
    suggestions = client.get("/api/search/suggest", {"q": "fer"}).json()["suggestions"]
    assert {
        "label": "Ferienbetreuung für Schulkinder",
        "kind": "Praxisprojekt",
    }.items() <= suggestions[0].items() or any(
        s["label"] == "Ferienbetreuung für Schulkinder" for s in suggestions
    )
    themes = client.get("/api/search/suggest", {"q": "kinderbe"}).json()["suggestions"]
    assert themes[0] == {
        "label": "Kinderbetreuung",
        "url": "/suche/?thema=kinderbetreuung",
        "kind": "Thema",
    }
    places = client.get("/api/search/suggest", {"q": "driburg"}).json()["suggestions"]
    assert places[0]["label"] == "Bad Driburg" and places[0]["kind"] == "Kommune"
    assert client.get("/api/search/suggest", {"q": "f"}).json()["suggestions"] == []
    assert client.get("/api/search/suggest", {"q": "x" * 201}).status_code == 400


def titles_for(client, text):
    suggestions = client.get("/api/search/suggest", {"q": text}).json()["suggestions"]
    return [s["label"] for s in suggestions if s["kind"] == "Praxisprojekt"]


@pytest.mark.django_db
@pytest.mark.database_engine  # the database's suggestions (search.titles)
def test_suggest_reads_what_is_typed_as_the_index_does_newest_first(
    client, sections, projects, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        add_project(sections["projects"], title="Lesepaten in Zülpich")
        add_project(sections["projects"], title="Familienpass für alle")
    assert titles_for(client, "Zül") == ["Lesepaten in Zülpich"]
    # A word typed out finds its stem; the newest title first.
    assert titles_for(client, "Familien") == ["Familienpass für alle", "Familienbüro im Rathaus"]
    assert titles_for(client, "ferien schul") == ["Ferienbetreuung für Schulkinder"]
    assert titles_for(client, "Ferien rath") == []
    assert titles_for(client, "paten lese") == ["Lesepaten in Zülpich"]


@pytest.mark.django_db
def test_suggest_calls_are_not_logged(client, projects):
    from search.models import SearchQueryLog

    client.get("/api/search/suggest", {"q": "ferien"})
    assert not SearchQueryLog.objects.exists()
    client.get("/api/search/", {"q": "Ferien"})
    client.get("/suche/", {"q": "ferien "})
    log = SearchQueryLog.objects.get()
    assert (log.query, log.searches) == ("ferien", 2)


@pytest.mark.django_db
def test_openapi_schema_documents_both_endpoints(client, db):
    schema = client.get("/api/search/openapi.json").json()
    assert "/api/search/" in schema["paths"]
    assert "/api/search/suggest" in schema["paths"]
    parameters = {p["name"] for p in schema["paths"]["/api/search/"]["get"]["parameters"]}
    assert {
        "q",
        "thema",
        "typ",
        "kommune",
        "kreis",
        "jahr",
        "zielgruppe",
        "sortierung",
        "seite",
    } <= parameters
