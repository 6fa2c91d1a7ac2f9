"""/api/karte.geojson: valid GeoJSON, public data only, cached and refreshed on change."""

import json

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.builders import (
    add_project,
    add_result,
    family_manager,
    kreis,
    municipality,
    restrict_to_login,
    town,
)

pytestmark = pytest.mark.django_db

URL = "/api/karte.geojson"


def fetch(client):
    response = client.get(URL)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/geo+json"
    return json.loads(response.content)


def by_slug(data):
    return {feature["id"]: feature for feature in data["features"]}


def assert_valid_geojson(data):
    """The parts of RFC 7946 the map relies on."""
    assert data["type"] == "FeatureCollection"
    assert isinstance(data["features"], list)
    for feature in data["features"]:
        assert feature["type"] == "Feature"
        assert isinstance(feature["id"], str)
        geometry = feature["geometry"]
        assert geometry["type"] == "Point"
        lon, lat = geometry["coordinates"]
        assert isinstance(lon, float) and isinstance(lat, float)
        assert -180 <= lon <= 180 and -90 <= lat <= 90
        props = feature["properties"]
        assert isinstance(props, dict)
        for key in ("name", "slug", "kind", "kind_label", "kreis", "url"):
            assert isinstance(props[key], str), key
        for key in ("family_managers", "practice_projects", "working_groups"):
            assert isinstance(props[key], int) and props[key] >= 0, key
        assert all(isinstance(slug, str) for slug in props["themes"])


@pytest.fixture
def content(sections):
    k = kreis("Kreis Höxter", latitude=51.774, longitude=9.381)
    hoexter = town("Höxter", kreis=k)
    driburg = town("Bad Driburg", kreis=k)
    cologne = town("Köln")
    family_manager(hoexter, "Anna Offen", consent=True, email="anna@example.org")
    family_manager(hoexter, "Bernd Verborgen", consent=False, email="bernd.geheim@example.org")
    family_manager(driburg, "Clara Still", consent=False, phone="05253 999999")
    index = sections["projects"]
    add_project(index, title="Ferienspiele", municipality=hoexter, themes=["kinderbetreuung"])
    add_project(
        index, title="Pflegelotsen", municipality=hoexter, themes=["pflege-von-angehoerigen"]
    )
    add_project(index, title="Entwurf", municipality=driburg, publish=False, themes=["jugend"])
    secret = add_project(index, title="Intern", municipality=cologne, themes=["bildung"])
    restrict_to_login(secret)
    result = add_result(sections["groups"])
    result.participating_municipalities.set([driburg])
    result.save_revision().publish()
    municipality("Ohne Lage")
    return {"kreis": k, "hoexter": hoexter, "driburg": driburg, "cologne": cologne, "index": index}


def test_valid_geojson_with_one_point_per_located_place(client, content):
    data = fetch(client)
    assert_valid_geojson(data)
    features = by_slug(data)
    assert set(features) == {"kreis-hoexter", "hoexter", "bad-driburg", "koeln"}
    hoexter = features["hoexter"]
    assert hoexter["geometry"]["coordinates"] == [9.381389, 51.774444]  # longitude first
    props = hoexter["properties"]
    assert props["name"] == "Höxter"
    assert props["kreis"] == "Kreis Höxter"
    assert props["url"] == "/kommunen/hoexter/"
    assert props["family_managers"] == 2
    assert props["practice_projects"] == 2
    assert props["themes"] == ["kinderbetreuung", "pflege-von-angehoerigen"]
    assert features["bad-driburg"]["properties"]["working_groups"] == 1


def test_only_public_data(client, content):
    data = fetch(client)
    features = by_slug(data)
    # Drafts and restricted pages are not counted, nor do their themes show.
    assert features["bad-driburg"]["properties"]["practice_projects"] == 0
    assert features["bad-driburg"]["properties"]["themes"] == []
    assert features["koeln"]["properties"]["practice_projects"] == 0
    assert "bildung" not in json.dumps(data)
    # No contact details at all, least of all those without consent.
    raw = json.dumps(data, ensure_ascii=False)
    for secret in ("bernd.geheim@example.org", "05253 999999", "anna@example.org", "@"):
        assert secret not in raw


def test_a_logged_in_editor_gets_the_same_public_data(client, content, django_user_model):
    anonymous = fetch(client)
    user = django_user_model.objects.create_superuser("redaktion", "r@example.org", "x")
    client.force_login(user)
    assert fetch(client) == anonymous


def test_cached_until_content_changes(client, content):
    assert by_slug(fetch(client))["hoexter"]["properties"]["practice_projects"] == 2
    with CaptureQueriesContext(connection) as ctx:
        fetch(client)
    assert len(ctx) == 0, "served from the cache"

    # Publishing a project
    page = add_project(content["index"], title="Neu", municipality=content["hoexter"])
    assert by_slug(fetch(client))["hoexter"]["properties"]["practice_projects"] == 3
    # Unpublishing it
    page.unpublish()
    assert by_slug(fetch(client))["hoexter"]["properties"]["practice_projects"] == 2
    # Restricting a page
    restrict_to_login(page.get_parent())
    assert by_slug(fetch(client))["hoexter"]["properties"]["practice_projects"] == 0
    # A new family manager
    family_manager(content["cologne"], "Dora Neu")
    assert by_slug(fetch(client))["koeln"]["properties"]["family_managers"] == 1
    # A renamed and moved municipality
    cologne = content["cologne"]
    cologne.name, cologne.latitude = "Köln am Rhein", 50.9
    cologne.save()
    feature = by_slug(fetch(client))["koeln"]
    assert feature["properties"]["name"] == "Köln am Rhein"
    assert feature["geometry"]["coordinates"][1] == 50.9
    # A deleted one
    municipality("Neustadt", latitude=51.0, longitude=7.0)
    assert "neustadt" in by_slug(fetch(client))
    content["cologne"].family_managers.all().delete()
    from knowledge.models import Municipality

    Municipality.objects.filter(slug="neustadt").delete()
    assert "neustadt" not in by_slug(fetch(client))


def test_read_only(client, content):
    assert client.post(URL).status_code == 405
    assert client.head(URL).status_code == 200


def test_query_count_flat(client, sections):
    from tests.builders import add_project as project

    def fill(n, start=0):
        for i in range(start, start + n):
            place = municipality(f"Ort {i}", latitude=51 + i / 100, longitude=7 + i / 100)
            family_manager(place, f"Person {i}")
            project(
                sections["projects"], title=f"Projekt {i}", municipality=place, themes=["bildung"]
            )

    def queries():
        from network import geojson

        geojson.forget()
        with CaptureQueriesContext(connection) as ctx:
            fetch(client)
        return len(ctx)

    fill(3)
    queries()  # warm per-process caches (site root paths)
    small = queries()
    fill(12, start=3)
    queries()  # publishing started a new content generation: per-generation caches refill
    assert queries() == small
