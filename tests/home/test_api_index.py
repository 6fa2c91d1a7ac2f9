"""/api/: the German overview of the APIs, its reference read from the search API's schema."""

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from home.api_docs import type_name
from tests.builders import build_site


@pytest.mark.django_db
def test_api_index_lists_the_apis_in_german(client):
    build_site()
    response = client.get("/api/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/html")
    html = response.content.decode()
    assert '<html lang="de">' in html
    assert "<h1>Programmierschnittstellen (APIs)</h1>" in html
    for link in (
        'href="/api/v2/pages/"',
        'href="/api/search/openapi.json"',
        'href="/api/search/docs"',
        'href="/export/praxisprojekte.csv"',
        'href="/export/praxisprojekte.xlsx"',
    ):
        assert link in html
    # The search API's reference comes from its schema: every parameter, with its description.
    for name in ("q", "thema", "typ", "kommune", "kreis", "jahr", "umkreis", "km", "sortierung"):
        assert f'<th scope="row"><code>{name}</code></th>' in html
    assert "<code>GET /api/search/</code>: Inhalte suchen" in html
    assert "<code>GET /api/search/suggest</code>" in html
    assert "`relevanz` (Standard)" not in html and "<code>relevanz</code> (Standard)" in html
    # Only what cms.api permits: no search parameter on the Wagtail API.
    assert "<code>search</code>" in html and "gibt es hier nicht" in html


@pytest.mark.django_db
def test_api_links_on_the_page_answer(client):
    build_site()
    html = client.get("/api/").content.decode()
    for url in sorted(set(re.findall(r'href="(/(?:api|export)/[^"#]*)"', html))):
        assert client.get(url).status_code == 200, url


@pytest.mark.django_db
def test_swagger_ui_comes_from_ninjas_static_files(client):
    response = client.get("/api/search/docs")
    assert response.status_code == 200
    html = response.content.decode()
    assert "/static/ninja/swagger-ui-bundle.js" in html
    assert "/static/ninja/swagger-ui.css" in html
    assert "cdn" not in html.lower() and "https://" not in html
    assert "script-src 'self'" in response["Content-Security-Policy"]


@pytest.mark.django_db
def test_api_index_only_answers_get(client):
    build_site()
    assert client.post("/api/").status_code == 405
    assert client.head("/api/").status_code == 200


@pytest.mark.django_db
@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(params=st.dictionaries(st.text(min_size=1, max_size=12), st.text(max_size=40), max_size=4))
def test_odd_query_strings_never_break_the_page(client, home_page, params):
    assert client.get("/api/", params).status_code == 200


def test_type_names_read_like_german():
    assert type_name({"type": "string"}) == "Text"
    assert type_name({"anyOf": [{"type": "integer"}, {"type": "null"}]}) == "Ganzzahl"
    assert type_name({"type": "array", "items": {"$ref": "#/components/schemas/Result"}}) == (
        "Liste von Result"
    )
    assert type_name({}) == "beliebig"
