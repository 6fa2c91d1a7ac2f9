"""Distances between real towns, the radius search, and the radius filter of the listing."""

import math
import random

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from knowledge.geo import bounding_box, distance_km, municipalities_within
from knowledge.models import Municipality
from tests.builders import TOWNS, add_project, kreis, municipality, town

pytestmark = pytest.mark.django_db


def test_known_distances():
    # Town hall to town hall, straight line.
    assert distance_km(*TOWNS["Köln"][1:], *TOWNS["Düsseldorf"][1:]) == pytest.approx(34.0, abs=1)
    assert distance_km(*TOWNS["Bochum"][1:], *TOWNS["Dortmund"][1:]) == pytest.approx(18.0, abs=1)
    assert distance_km(*TOWNS["Höxter"][1:], *TOWNS["Bad Driburg"][1:]) == pytest.approx(
        25.5, abs=1
    )
    # Berlin to Munich, the textbook example: about 504 km.
    assert distance_km(52.5200, 13.4050, 48.1351, 11.5820) == pytest.approx(504, abs=3)
    assert distance_km(51.0, 7.0, 51.0, 7.0) == 0


def test_within_radius_nearest_first():
    for name in TOWNS:
        town(name)
    cologne = Municipality.objects.get(name="Köln")
    assert [m.name for m in municipalities_within(cologne, 30)] == ["Köln"]
    near = municipalities_within(cologne, 40)
    assert [m.name for m in near] == ["Köln", "Düsseldorf"]
    assert near[1].distance_km == pytest.approx(34.0, abs=1)
    names = [m.name for m in municipalities_within(Municipality.objects.get(name="Höxter"), 30)]
    assert names == ["Höxter", "Beverungen", "Bad Driburg"]


def test_place_without_coordinates_has_no_neighbours():
    town("Köln")
    nowhere = municipality("Irgendwo")
    assert municipalities_within(nowhere, 500) == []
    # and it is never found from elsewhere
    cologne = Municipality.objects.get(name="Köln")
    assert nowhere not in municipalities_within(cologne, 20000)


def test_bounding_box_prefilter_agrees_with_exact_distance():
    """The SQL box must never drop a point the exact distance would keep."""
    rng = random.Random(8)  # noqa: S311 - reproducible test data
    centre = municipality("Mitte", latitude=51.5, longitude=7.5)
    points = []
    for i in range(60):
        lat = round(51.5 + rng.uniform(-0.6, 0.6), 6)
        lon = round(7.5 + rng.uniform(-0.9, 0.9), 6)
        points.append(municipality(f"Punkt {i}", latitude=lat, longitude=lon))
    for km in (5, 17.5, 40, 60):
        expected = {
            p.name
            for p in [centre, *points]
            if distance_km(centre.latitude, centre.longitude, p.latitude, p.longitude) <= km
        }
        assert {m.name for m in municipalities_within(centre, km)} == expected, km


def destination(lat, lon, bearing, km):
    """The point `km` from (lat, lon) on the given bearing (degrees), on the sphere."""
    angle = km / 6371.0088
    lat1, lon1, theta = math.radians(lat), math.radians(lon), math.radians(bearing)
    lat2 = math.asin(
        math.sin(lat1) * math.cos(angle) + math.cos(lat1) * math.sin(angle) * math.cos(theta)
    )
    lon2 = lon1 + math.atan2(
        math.sin(theta) * math.sin(angle) * math.cos(lat1),
        math.cos(angle) - math.sin(lat1) * math.sin(lat2),
    )
    return math.degrees(lat2), (math.degrees(lon2) + 540) % 360 - 180


@given(
    lat=st.floats(min_value=-85, max_value=85),
    lon=st.floats(min_value=-179, max_value=179),
    km=st.floats(min_value=0.001, max_value=1000),
    bearing=st.floats(min_value=0, max_value=360),
    fraction=st.floats(min_value=0, max_value=0.9999),
)
def test_bounding_box_contains_every_point_of_the_circle(lat, lon, km, bearing, fraction):
    min_lat, max_lat, min_lon, max_lon = bounding_box(lat, lon, km)
    point_lat, point_lon = destination(lat, lon, bearing, km * fraction)
    assert min_lat - 1e-9 <= point_lat <= max_lat + 1e-9
    assert min_lon - 1e-9 <= point_lon <= max_lon + 1e-9


# --- The practice-project listing --------------------------------------------------------------


@pytest.fixture
def projects(sections):
    index = sections["projects"]
    k = kreis("Kreis Höxter")
    places = {name: town(name) for name in ("Köln", "Düsseldorf", "Dortmund", "Bochum")}
    places["Höxter"] = town("Höxter", kreis=k)
    places["Bad Driburg"] = town("Bad Driburg", kreis=k)
    for name, place in places.items():
        add_project(index, title=f"Projekt in {name}", municipality=place)
    add_project(index, title="Projekt des Kreises", municipality=k)
    return index


def titles(response):
    return [p.title for p in response.context["projects"]]


def test_listing_within_km_of_a_municipality(client, projects):
    url = projects.url
    response = client.get(url, {"umkreis": "koeln", "km": 40})
    assert response.status_code == 200
    assert sorted(titles(response)) == ["Projekt in Düsseldorf", "Projekt in Köln"]
    response = client.get(url, {"umkreis": "bochum", "km": 20})
    assert sorted(titles(response)) == ["Projekt in Bochum", "Projekt in Dortmund"]
    # Without km the default radius (25 km) applies.
    response = client.get(url, {"umkreis": "bochum"})
    assert sorted(titles(response)) == ["Projekt in Bochum", "Projekt in Dortmund"]
    html = response.content.decode()
    assert "Umkreis: 25 km um Bochum" in html


def test_listing_by_kreis_includes_member_towns(client, projects):
    response = client.get(projects.url, {"kreis": "kreis-hoexter"})
    assert sorted(titles(response)) == [
        "Projekt des Kreises",
        "Projekt in Bad Driburg",
        "Projekt in Höxter",
    ]


def test_radius_combines_with_kreis(client, projects):
    response = client.get(projects.url, {"kreis": "kreis-hoexter", "umkreis": "hoexter", "km": 10})
    assert titles(response) == ["Projekt in Höxter"]


BAD_RADIUS_INPUT = [
    ({"umkreis": "koeln", "km": "viele"}, "zwischen 1 und 300 Kilometern"),
    ({"umkreis": "koeln", "km": "0"}, "zwischen 1 und 300 Kilometern"),
    ({"umkreis": "koeln", "km": "301"}, "zwischen 1 und 300 Kilometern"),
    ({"umkreis": "atlantis", "km": "10"}, "Diesen Wert gibt es nicht"),
    ({"km": "10"}, "Bitte wählen Sie auch die Kommune"),
]


def test_bad_radius_input_answers_400_in_german(client, projects):
    for query, message in BAD_RADIUS_INPUT:
        response = client.get(projects.url, query)
        assert response.status_code == 400, query
        assert message in response.content.decode(), query


def test_place_without_coordinates_is_not_offered(client, projects):
    municipality("Ohne Koordinaten")
    response = client.get(projects.url, {"umkreis": "ohne-koordinaten"})
    assert response.status_code == 400


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(umkreis=st.text(max_size=60), km=st.text(max_size=30))
def test_radius_filter_never_fails_on_strangers_input(client, projects, umkreis, km):
    response = client.get(projects.url, {"umkreis": umkreis, "km": km})
    assert response.status_code in (200, 400)
