"""Municipality pages (/kommunen/…) and the map page (/karte/) without JavaScript."""

import re
from urllib.parse import quote

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from knowledge.models import Municipality
from network.models import MapPage, MunicipalityIndexPage
from search.indexing import rebuild
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


@pytest.fixture
def content(sections):
    k = kreis("Kreis Höxter", latitude=51.774, longitude=9.381)
    hoexter = town("Höxter", kreis=k)
    driburg = town("Bad Driburg", kreis=k)
    beverungen = town("Beverungen", kreis=k)
    cologne = town("Köln")
    family_manager(
        hoexter, "Anna Offen", consent=True, email="anna@example.org", role="Familienbüro"
    )
    family_manager(hoexter, "Bernd Verborgen", consent=False, email="bernd.geheim@example.org")
    family_manager(k, "Kreis Managerin", consent=True, email="kreis@example.org")
    index = sections["projects"]
    add_project(
        index, title="Ferienspiele Höxter", municipality=hoexter, themes=["kinderbetreuung"]
    )
    add_project(index, title="Entwurf Höxter", municipality=hoexter, publish=False)
    secret = add_project(index, title="Geheimprojekt Höxter", municipality=hoexter)
    restrict_to_login(secret)
    add_project(index, title="Kreisprojekt", municipality=k)
    add_project(index, title="Projekt Driburg", municipality=driburg, themes=["jugend"])
    add_project(index, title="Kölner Projekt", municipality=cologne, themes=["bildung"])
    result = add_result(sections["groups"], title="Ergebnis mit Höxter")
    result.participating_municipalities.set([hoexter])
    result.save_revision().publish()
    return {"kreis": k, "hoexter": hoexter, "driburg": driburg, "beverungen": beverungen}


def test_tree_rules(sections):
    from home.models import HomePage

    assert MunicipalityIndexPage.can_create_at(HomePage.objects.get()) is False  # max_count
    assert MunicipalityIndexPage.parent_page_types == ["home.HomePage"]
    assert MapPage.subpage_types == []


def test_overview_groups_places_by_kreis(client, content):
    response = client.get("/kommunen/")
    assert response.status_code == 200
    html = response.content.decode()
    groups = response.context["groups"]
    assert [g.label for g in groups] == [
        "Kreis Höxter",
        "Kreisfreie Städte und Kommunen ohne Kreis",
    ]
    assert [m.name for m in groups[0].members] == ["Bad Driburg", "Beverungen", "Höxter"]
    assert '<a href="/kommunen/hoexter/">Höxter</a>' in html
    assert '<a href="/kommunen/kreis-hoexter/">Kreis Höxter</a>' in html


def test_municipality_page(client, content):
    response = client.get("/kommunen/hoexter/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "<h1>Höxter</h1>" in html
    # Managers: every name, contact details only with consent.
    assert "Anna Offen" in html and "anna@example.org" in html
    assert "Bernd Verborgen" in html and "bernd.geheim@example.org" not in html
    # Only readable projects.
    assert "Ferienspiele Höxter" in html
    assert "Entwurf Höxter" not in html and "Geheimprojekt Höxter" not in html
    assert response.context["project_count"] == 1
    # Working groups, the Kreis and its other towns, the radius link.
    assert "Ergebnis mit Höxter" in html
    assert '<a href="/kommunen/kreis-hoexter/">Kreis Höxter</a>' in html
    assert [p.name for p in response.context["kreis_places"]] == ["Bad Driburg", "Beverungen"]
    assert "/praxisprojekte/?umkreis=hoexter&amp;km=25" in html
    assert "/praxisprojekte/?kommune=hoexter" not in html  # only when there are more


def test_kreis_page_includes_member_towns(client, content):
    response = client.get("/kommunen/kreis-hoexter/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Städte und Gemeinden im Kreis Höxter" in html
    assert {p.title for p in response.context["projects"]} == {
        "Ferienspiele Höxter",
        "Kreisprojekt",
        "Projekt Driburg",
    }
    assert "Kreis Managerin" in html and "Anna Offen" in html
    assert "Kölner Projekt" not in html


def test_logged_in_users_see_restricted_projects(client, content, django_user_model):
    client.force_login(django_user_model.objects.create_user("mitglied", password="x"))
    html = client.get("/kommunen/hoexter/").content.decode()
    assert "Geheimprojekt Höxter" in html
    assert "Entwurf Höxter" not in html


def test_unknown_municipality_is_404(client, content):
    assert client.get("/kommunen/atlantis/").status_code == 404
    assert client.get("/kommunen/hoexter/mehr/").status_code == 404


@settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(slug=st.text(alphabet=st.characters(blacklist_categories=["Cs"]), max_size=40))
def test_strange_slugs_never_fail(client, sections, slug):
    # Quoted as a browser would: "?" or "#" in the slug belongs to the path, not to the query.
    response = client.get("/kommunen/" + quote(slug.replace("/", ""), safe="") + "/")
    assert response.status_code in (200, 404)


def test_unpublished_index_hides_pages(client, content):
    MunicipalityIndexPage.objects.get().unpublish()
    assert client.get("/kommunen/hoexter/").status_code == 404


def shortcut_titles(client, query):
    response = client.get("/suche/", {"q": query})
    assert response.status_code == 200
    return [(item.title, item.url) for item in response.context["shortcuts"]]


@pytest.mark.parametrize(
    "query, expected",
    [
        (
            "Höxter",
            [("Höxter", "/kommunen/hoexter/"), ("Kreis Höxter", "/kommunen/kreis-hoexter/")],
        ),
        (
            "hoexter",
            [("Höxter", "/kommunen/hoexter/"), ("Kreis Höxter", "/kommunen/kreis-hoexter/")],
        ),
        (
            "Kreis Höxter",
            [("Kreis Höxter", "/kommunen/kreis-hoexter/"), ("Höxter", "/kommunen/hoexter/")],
        ),
        ("Ferienspiele in Bad Driburg", [("Bad Driburg", "/kommunen/bad-driburg/")]),
        ("Driburg", []),  # part of a name is not the name
        ("Ferienspiele", []),
    ],
)
def test_search_names_municipality_pages(client, content, query, expected):
    """A municipality's page comes first when the search names the place."""
    assert shortcut_titles(client, query) == expected


def test_search_shows_the_municipality_page_above_the_hits(client, content):
    rebuild()
    html = client.get("/suche/", {"q": "Bad Driburg"}).content.decode()
    assert html.index('href="/kommunen/bad-driburg/"') < html.index("Projekt Driburg")
    assert "Stadt im Kreis Höxter" in html
    MunicipalityIndexPage.objects.get().unpublish()
    assert shortcut_titles(client, "Bad Driburg") == []


@settings(
    max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    words=st.lists(
        st.sampled_from(["Kreis", "Höxter", "hoexter", "Bad", "Driburg", "Köln", "in", "Pflege"])
        | st.text(max_size=6),
        max_size=6,
    )
)
def test_the_places_a_query_names_are_those_of_a_scan_of_all_places(content, words):
    """The place names are looked up by the query's words; a scan of every place finds the
    same places in the same order."""
    from network.selectors import PLACES_PER_QUERY, _contains, _name_keys, _words, places_named

    query = " ".join(words)
    found = [item.title for item in places_named(query, None, None)]
    query_words = _words(query)
    named = []
    if query_words and len(query_words) <= 12:
        for place in Municipality.objects.order_by("name"):
            keys = _name_keys(place)
            if any(_contains(query_words, key) for key in keys if key):
                named.append((tuple(query_words) not in keys, place.is_district, place.name))
    assert found == [name for *_rank, name in sorted(named, key=lambda m: m[:2])][:PLACES_PER_QUERY]


def test_a_search_naming_a_town_reads_the_index_page_once_per_generation(client, content):
    """The URL of the municipality pages is a fragment of the content generation: the first
    search that names a town reads the index page, the next ones do not, until a change."""

    def index_page_reads(query):
        with CaptureQueriesContext(connection) as ctx:
            titles = shortcut_titles(client, query)
        reads = [q for q in ctx.captured_queries if "network_municipalityindexpage" in q["sql"]]
        return titles, len(reads)

    assert index_page_reads("Höxter")[1] == 1
    assert index_page_reads("Bad Driburg") == ([("Bad Driburg", "/kommunen/bad-driburg/")], 0)
    MunicipalityIndexPage.objects.get().unpublish()
    assert index_page_reads("Bad Driburg") == ([], 1)


def test_a_restricted_index_page_is_named_only_to_those_who_may_read_it(
    client, content, django_user_model
):
    restrict_to_login(MunicipalityIndexPage.objects.get())
    expected = [("Bad Driburg", "/kommunen/bad-driburg/")]
    assert shortcut_titles(client, "Bad Driburg") == []
    client.force_login(django_user_model.objects.create_user("mitglied", password="x"))
    assert shortcut_titles(client, "Bad Driburg") == expected
    client.logout()
    assert shortcut_titles(client, "Bad Driburg") == []


def test_a_renamed_or_new_municipality_is_named_in_the_next_search(client, content):
    """The place names are cached per process; a change to a municipality drops them."""
    assert shortcut_titles(client, "Brakel") == []
    place = Municipality.objects.get(slug="bad-driburg")
    place.name = "Brakel"
    place.save()
    assert shortcut_titles(client, "Brakel") == [("Brakel", "/kommunen/bad-driburg/")]
    municipality("Nieheim", slug="nieheim")
    assert shortcut_titles(client, "Nieheim") == [("Nieheim", "/kommunen/nieheim/")]


# --- The map page without JavaScript ----------------------------------------------------------


def test_map_page_lists_everything_the_map_shows(client, content, settings):
    settings.MAP_TILE_URL = "https://kacheln.example.net/{z}/{x}/{y}.png"
    response = client.get("/karte/")
    assert response.status_code == 200
    html = response.content.decode()
    assert 'data-tile-url="https://kacheln.example.net/{z}/{x}/{y}.png"' in html
    assert "kacheln.example.net" in html  # named in the consent notice
    assert 'data-geojson-url="/api/karte.geojson"' in html
    assert "Kommunen nach Kreis" in html
    for name in ("Höxter", "Bad Driburg", "Beverungen", "Köln"):
        assert f">{name}</a>" in html
    assert "Themen: Kinderbetreuung" in html
    # No inline script or style (CSP without unsafe-inline).
    assert not re.search(r"<script(?![^>]*\bsrc=)[^>]*>", html)
    assert " style=" not in html and "<style" not in html
    assert not re.search(r"\son[a-z]+=", html)
    # Leaflet comes from npm through staticfiles.
    assert "/static/vendor/leaflet/leaflet.js" in html
    assert "/static/vendor/leaflet.markercluster/leaflet.markercluster.js" in html


def test_map_list_filtered_by_theme(client, content):
    response = client.get("/karte/", {"thema": "jugend"})
    assert response.status_code == 200
    groups = response.context["groups"]
    assert [(g.label, [m.name for m in g.members]) for g in groups] == [
        ("Kreis Höxter", ["Bad Driburg"])
    ]
    assert "zum Thema „Jugend“" in response.content.decode()


def test_map_bad_theme_is_400_in_german(client, content):
    response = client.get("/karte/", {"thema": "<script>"})
    assert response.status_code == 400
    html = response.content.decode()
    assert "Diesen Wert gibt es nicht" in html
    assert "<script>" not in html.split("</h1>")[1].split("<footer")[0].replace('<script src="', "")


def test_vendor_files_are_served(client, content, settings):
    from django.contrib.staticfiles import finders

    for path in (
        "vendor/leaflet/leaflet.js",
        "vendor/leaflet/leaflet.css",
        "vendor/leaflet/images/marker-icon.png",
        "vendor/leaflet.markercluster/leaflet.markercluster.js",
        "vendor/leaflet.markercluster/MarkerCluster.Default.css",
        "js/map.js",
        "css/network.css",
    ):
        assert finders.find(path), path


# --- Query counts -------------------------------------------------------------------------------


def fill(sections, k, n, start=0):
    for i in range(start, start + n):
        place = municipality(f"Ort {i:02d}", kreis=k, latitude=51.7 + i / 1000, longitude=9.3)
        family_manager(place, f"Person {i}", consent=i % 2 == 0)
        if i % 5 == 0:
            family_manager(k, f"Kreisperson {i}")
        add_project(
            sections["projects"],
            title=f"Projekt {i}",
            municipality=place,
            themes=["bildung", "jugend"][: 1 + i % 2],
            target_groups=["schulkinder"],
        )
        if i % 3 == 0:
            result = add_result(sections["groups"], title=f"Ergebnis {i}")
            result.participating_municipalities.set([place, k])
            result.save_revision().publish()


def count_queries(client, url):
    client.get(url)  # warm per-process caches
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(url)
    assert response.status_code == 200
    return len(ctx)


URLS = [
    "/kommunen/",
    "/kommunen/kreis-lippe/",
    "/kommunen/ort-00/",
    "/karte/",
    "/karte/?thema=bildung",
]


def test_queries_flat_from_5_to_50_items(client, sections):
    k = kreis("Kreis Lippe", latitude=51.9, longitude=8.9)
    fill(sections, k, 5)
    small = {url: count_queries(client, url) for url in URLS}
    fill(sections, k, 45, start=5)
    large = {url: count_queries(client, url) for url in URLS}
    # Flat: more content never costs more queries.
    assert all(large[url] <= small[url] for url in URLS), (small, large)
    print("queries per page:", large)  # noqa: T201


def test_municipality_and_kreis_pages_list_upcoming_events(client, content, home_page):
    import datetime

    from tests.builders import add_event, event_index

    events = event_index(home_page)
    add_event(events, title="Werkstatt in Höxter", municipality=content["hoexter"])
    add_event(
        events,
        title="Vergangenes Treffen",
        municipality=content["hoexter"],
        start=datetime.date(2020, 3, 5),
    )
    add_event(events, title="Entwurfstermin", municipality=content["hoexter"], publish=False)

    town_html = client.get("/kommunen/hoexter/").content.decode()
    kreis_html = client.get("/kommunen/kreis-hoexter/").content.decode()
    driburg_html = client.get("/kommunen/bad-driburg/").content.decode()

    for html in (town_html, kreis_html):
        assert "Werkstatt in Höxter" in html
        assert "Vergangenes Treffen" not in html
        assert "Entwurfstermin" not in html
    assert "Werkstatt in Höxter" not in driburg_html
