"""Index pages filter without JavaScript and answer bad input with German 400s."""

import html
import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.builders import (
    add_project,
    add_result,
    course,
    kreis,
    municipality,
    restrict_to_login,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def projects(sections):
    index = sections["projects"]
    coesfeld = kreis("Kreis Coesfeld")
    duelmen = municipality("Dülmen", kreis=coesfeld)
    return {
        "a": add_project(
            index,
            title="Kita-Plätze in Dülmen",
            municipality=duelmen,
            year=2009,
            course=course(3, 2008),
            status="umgesetzt",
            themes=["kinderbetreuung"],
            target_groups=["familien-mit-kleinkindern"],
        ),
        "b": add_project(
            index,
            title="Pflegelotsen im Kreis",
            municipality=coesfeld,
            year=2010,
            course=course(4, 2009),
            status="verstetigt",
            themes=["pflege-von-angehoerigen"],
            target_groups=["pflegende-angehoerige"],
        ),
        "c": add_project(
            index,
            title="Ferienspiele in Herne",
            municipality=municipality("Herne", kind="kreisfreie_stadt"),
            year=2010,
            status="geplant",
            themes=["kinderbetreuung", "freizeit-kultur-und-sport"],
        ),
    }


def titles(client, url):
    response = client.get(url)
    assert response.status_code == 200, response.content.decode()[:500]
    html = response.content.decode()
    return {
        t
        for t in ["Kita-Plätze in Dülmen", "Pflegelotsen im Kreis", "Ferienspiele in Herne"]
        if t in html
    }


@pytest.mark.parametrize(
    "query, expected",
    [
        ("", {"Kita-Plätze in Dülmen", "Pflegelotsen im Kreis", "Ferienspiele in Herne"}),
        ("?thema=kinderbetreuung", {"Kita-Plätze in Dülmen", "Ferienspiele in Herne"}),
        ("?kreis=kreis-coesfeld", {"Kita-Plätze in Dülmen", "Pflegelotsen im Kreis"}),
        ("?kommune=duelmen", {"Kita-Plätze in Dülmen"}),
        ("?kurs=4", {"Pflegelotsen im Kreis"}),
        ("?jahr=2010", {"Pflegelotsen im Kreis", "Ferienspiele in Herne"}),
        ("?status=geplant", {"Ferienspiele in Herne"}),
        ("?zielgruppe=pflegende-angehoerige", {"Pflegelotsen im Kreis"}),
        ("?thema=kinderbetreuung&jahr=2010", {"Ferienspiele in Herne"}),
        ("?thema=jugend", set()),
    ],
)
def test_filters_narrow_the_listing(client, sections, projects, query, expected):
    assert titles(client, sections["projects"].url + query) == expected


def test_active_filter_can_be_removed(client, sections, projects):
    html = client.get(
        sections["projects"].url + "?thema=kinderbetreuung&jahr=2010"
    ).content.decode()
    assert 'href="?jahr=2010"' in html  # removing the theme keeps the year
    assert "Thema: Kinderbetreuung" in html


def test_radius_filter_is_removed_as_one(client, sections, projects):
    """Place and distance form one chip; removing it drops both (a lone ?km= is an error)."""
    herne = projects["c"].municipality
    herne.latitude, herne.longitude = 51.5386, 7.2257
    herne.save()
    response = client.get(sections["projects"].url, {"umkreis": "herne", "km": 25, "jahr": 2010})
    assert response.status_code == 200
    chips = re.findall(
        r'<a href="([^"]*)" aria-label="Filter ([^"]*) entfernen"', response.content.decode()
    )
    assert chips == [
        ("?jahr=2010", "Umkreis: 25 km um Herne"),
        ("?umkreis=herne&amp;km=25", "Jahr: 2010"),
    ]
    for url, _label in chips:
        assert client.get(sections["projects"].url + html.unescape(url)).status_code == 200


def test_drafts_and_restricted_projects_are_not_listed(client, sections, projects):
    add_project(sections["projects"], title="Unveröffentlicht", publish=False)
    secret = add_project(sections["projects"], title="Nur intern")
    restrict_to_login(secret)
    html = client.get(sections["projects"].url).content.decode()
    assert "Unveröffentlicht" not in html and "Nur intern" not in html
    assert "3 Praxisprojekte" in html


@pytest.mark.parametrize(
    "query, message",
    [
        ("?thema=gibt-es-nicht", "Diesen Wert gibt es nicht"),
        ("?jahr=zwanzig", "Jahr zwischen 1990 und 2100"),
        ("?jahr=1800", "Jahr zwischen 1990 und 2100"),
        ("?status=fertig", "Diesen Umsetzungsstand gibt es nicht"),
        ("?kurs=abc", "Diesen Wert gibt es nicht"),
        ("?seite=abc", "Die Seitenzahl muss eine ganze Zahl sein."),
        ("?seite=99", "Seite 99 gibt es nicht"),
        ("?seite=-1", "Seite -1 gibt es nicht"),
        ("?seite=99999999999999999999", "Diese Seitenzahl gibt es nicht"),
    ],
)
def test_bad_input_answers_400_in_german(client, sections, projects, query, message):
    response = client.get(sections["projects"].url + query)
    assert response.status_code == 400
    assert message in response.content.decode()


def test_pagination(client, sections):
    for n in range(14):
        add_project(sections["projects"], title=f"Projekt Nummer {n:02d}", year=2000 + n)
    first = client.get(sections["projects"].url).content.decode()
    second = client.get(sections["projects"].url + "?seite=2").content.decode()
    assert "Seite 1 von 2" in first and "Projekt Nummer 13" in first
    assert "Projekt Nummer 00" in second and "Projekt Nummer 13" not in second
    assert 'href="?seite=2"' in first


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    params=st.dictionaries(
        st.sampled_from(
            ["thema", "kreis", "kommune", "kurs", "jahr", "status", "zielgruppe", "seite", "x"]
        ),
        st.text(max_size=40),
        max_size=4,
    )
)
def test_any_query_string_answers_200_or_400(client, sections, params):
    response = client.get(sections["projects"].url, params)
    assert response.status_code in (200, 400)


def test_working_group_listing_filters_and_groups_by_meeting(client, sections):
    add_result(sections["groups"], title="Verwaltung", themes=["familienfreundliche-verwaltung"])
    add_result(sections["groups"], title="Bildung", themes=["bildung"])
    html = client.get(sections["groups"].url + "?thema=bildung").content.decode()
    assert "1. Familienmanagertreffen" in html
    assert ">Bildung</a>" in html and ">Verwaltung</a>" not in html
    assert client.get(sections["groups"].url + "?art=party").status_code == 400
    assert client.get(sections["groups"].url + "?jahr=2008").status_code == 200
