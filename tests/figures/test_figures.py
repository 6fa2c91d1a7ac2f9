"""/zahlen/: the figures count public practice projects only, in a fixed number of queries."""

import csv
import io
import json

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.builders import (
    add_project,
    course,
    knowledge_sections,
    kreis,
    municipality,
    restrict_to_login,
    town,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def projects(home_page):
    index = knowledge_sections(home_page)["projects"]
    hoexter = kreis("Kreis Höxter", latitude=51.77, longitude=9.38)
    driburg = municipality("Bad Driburg", kreis=hoexter)
    dortmund = town("Dortmund")
    return {
        "index": index,
        "public": [
            add_project(
                index,
                title="Ferienbetreuung",
                themes=["kinderbetreuung"],
                municipality=driburg,
                course=course(5, 2010),
                status="umgesetzt",
            ),
            add_project(
                index,
                title="Pflegelotsen",
                slug="pflegelotsen",
                themes=["pflege-von-angehoerigen", "kinderbetreuung"],
                municipality=dortmund,
                course=course(5, 2010),
                status="verstetigt",
            ),
            add_project(
                index, title="Kita-Plus", slug="kita-plus", municipality=hoexter, status="geplant"
            ),
        ],
        "hidden": [
            restrict_to_login(
                add_project(
                    index,
                    title="Geheim",
                    slug="geheim",
                    themes=["bildung"],
                    municipality=dortmund,
                    course=course(6, 2011),
                )
            ).page,
            add_project(index, title="Entwurf", slug="entwurf", themes=["bildung"], publish=False),
        ],
    }


def table(response, slug):
    chart = next(c for c in response.context["charts"] if c.slug == slug)
    return {row.label: row.count for row in chart.rows}


def test_charts_count_public_projects_only(client, projects):
    response = client.get("/zahlen/")
    assert response.status_code == 200
    themes = table(response, "themen")
    assert themes["Kinderbetreuung"] == 2 and themes["Pflege von Angehörigen"] == 1
    assert themes["Bildung"] == 0  # the restricted project and the draft do not count
    assert table(response, "kreise") == {"Kreis Höxter": 2, "Dortmund": 1}
    assert table(response, "kurse") == {"Kurs 5 (2010/2011)": 2, "ohne Kurs": 1}
    assert table(response, "umsetzung") == {
        "geplant": 1,
        "umgesetzt": 1,
        "verstetigt": 1,
        "beendet": 0,
    }
    body = response.content.decode()
    assert "Kurs 6" not in body and "Geheim" not in body
    # Tables are real tables: caption, column and row headers.
    assert (
        '<caption id="themen-caption">' in body and '<th scope="row">Kinderbetreuung</th>' in body
    )


def test_csv_and_svg_of_each_chart(client, projects):
    response = client.get("/zahlen/kreise.csv")
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig")), delimiter=";"))
    assert rows == [
        ["Kreis oder kreisfreie Stadt", "Praxisprojekte"],
        ["Kreis Höxter", "2"],
        ["Dortmund", "1"],
    ]
    svg = client.get("/zahlen/themen.svg")
    assert svg["Content-Type"].startswith("image/svg+xml")
    assert "default-src 'none'" in svg["Content-Security-Policy"]
    text = svg.content.decode()
    assert "<svg" in text and "Kinderbetreuung" in text and "Bildung" in text
    assert "Geheim" not in text
    for url in ("/zahlen/gibt-es-nicht.svg", "/zahlen/gibt-es-nicht.csv"):
        assert client.get(url).status_code == 404
    assert client.post("/zahlen/").status_code == 405


def test_kreis_layer_data_for_the_map(client, projects):
    data = json.loads(client.get("/zahlen/kreise.json").content)
    assert data == [
        {"slug": "dortmund", "name": "Dortmund", "count": 1, "lat": 51.514167, "lng": 7.465278},
        {"slug": "kreis-hoexter", "name": "Kreis Höxter", "count": 2, "lat": 51.77, "lng": 9.38},
    ]


def test_figures_change_when_a_project_is_restricted(client, projects):
    assert table(client.get("/zahlen/"), "umsetzung")["geplant"] == 1
    restrict_to_login(projects["public"][2])
    assert table(client.get("/zahlen/"), "umsetzung")["geplant"] == 0


def test_query_count_stays_flat_as_projects_grow(client, projects):
    from figures import selectors

    def queries():
        selectors.all_charts()  # warm the cached restriction rules, as on any page view
        with CaptureQueriesContext(connection) as captured:
            charts = selectors.all_charts()
            points = selectors.kreis_points()
        return len(captured), sum(chart.total for chart in charts), len(points)

    before = queries()
    place = municipality("Beverungen", kreis=kreis("Kreis Höxter"))
    for number in range(15):
        add_project(
            projects["index"],
            title=f"Projekt {number}",
            slug=f"projekt-{number}",
            themes=["bildung", "jugend"],
            municipality=place if number % 2 else town("Bochum"),
            course=course(7 + number % 3, 2012 + number % 3),
        )
    after = queries()
    assert after[0] == before[0] and after[1] > before[1] and after[2] > before[2]
    # The page itself: the charts come from the cache of the current content generation.
    client.get("/zahlen/")
    with CaptureQueriesContext(connection) as captured:
        client.get("/zahlen/")
    assert not any("knowledge_" in query["sql"] for query in captured.captured_queries)
