"""The radius filter of /suche/: within N km of a municipality, from stored coordinates."""

import pytest

pytestmark = pytest.mark.django_db

COORDINATES = {
    "driburg": (51.733889, 9.021111),
    "hoexter": (51.774444, 9.381389),  # the Kreis at its seat, about 25 km from Bad Driburg
    "schwerte": (51.444722, 7.565278),
}


@pytest.fixture
def located(projects, places, django_capture_on_commit_callbacks):
    # Saving a place reindexes its pages after the commit (a cluster indexes the coordinates).
    with django_capture_on_commit_callbacks(execute=True):
        for key, (lat, lon) in COORDINATES.items():
            place = places[key]
            place.latitude, place.longitude = lat, lon
            place.save()
    return projects


def titles(response):
    return sorted(hit.title for hit in response.context["result"].hits)


def test_radius_narrows_results(client, located):
    response = client.get("/suche/", {"umkreis": "bad-driburg", "km": 10})
    assert response.status_code == 200
    assert titles(response) == ["Ferienbetreuung für Schulkinder"]
    html = response.content.decode()
    assert "10 km um Bad Driburg" in html  # an active filter that can be removed
    assert 'name="km" min="1" max="300" placeholder="25" value="10"' in html  # the form keeps it
    response = client.get("/suche/", {"umkreis": "bad-driburg", "km": 30})
    assert titles(response) == ["Ferienbetreuung für Schulkinder", "Pflege von Angehörigen"]
    response = client.get("/suche/", {"q": "Pflege", "umkreis": "schwerte", "km": 50})
    assert titles(response) == []
    api = client.get("/api/search/", {"umkreis": "bad-driburg", "km": 10})
    assert api.status_code == 200
    assert [hit["title"] for hit in api.json()["results"]] == ["Ferienbetreuung für Schulkinder"]
    assert client.get("/api/search/", {"umkreis": "bad-driburg", "km": 30}).json()["count"] == 2
    bad = client.get("/api/search/", {"umkreis": "bad-driburg", "km": "weit"})
    assert bad.status_code == 400 and bad.json()["errors"]
    schema = client.get("/api/search/openapi.json").json()
    documented = {p["name"] for p in schema["paths"]["/api/search/"]["get"]["parameters"]}
    assert {"umkreis", "km"} <= documented


@pytest.mark.parametrize(
    "query",
    [
        {"umkreis": "bad-driburg", "km": "weit"},
        {"umkreis": "bad-driburg", "km": "0"},
        {"umkreis": "atlantis"},
        {"km": "10"},
    ],
)
def test_bad_radius_is_400_in_german(client, located, query):
    response = client.get("/suche/", query)
    assert response.status_code == 400
    html = response.content.decode()
    assert any(
        text in html
        for text in ("zwischen 1 und 300 Kilometern", "keine Kommune mit Lage", "Bitte wählen Sie")
    )
