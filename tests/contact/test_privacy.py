"""The address of a contact person who did not agree to publication appears nowhere public."""

import io

import pytest
from openpyxl import load_workbook

from .conftest import SECRET

pytestmark = pytest.mark.django_db
OTHER_SECRET = "carla.intern@example.org"


def test_no_address_in_pages_api_feeds_search_or_exports(client, content):
    from search.indexing import index_page

    project = content["project"]
    index_page(project)  # the commit hook that indexes it does not run in this test
    urls = [
        project.url,
        "/kommunen/hoexter/",
        "/kommunen/kreis-hoexter/",
        "/kommunen/",
        f"/kontakt/praxisprojekt/{project.pk}/",
        "/kontakt/kommune/kreis-hoexter/",
        "/kontakt/gesendet/",
        f"/api/v2/pages/{project.pk}/",
        "/api/v2/pages/?type=knowledge.PracticeProjectPage&fields=*",
        "/api/search/?q=Pflegelotsen",
        "/api/search/?q=Bernd+Verborgen",
        "/suche/?q=Bernd+Verborgen",
        "/api/search/suggest?q=gehe",
        "/themen/pflege-von-angehoerigen/feed/",
        "/api/karte.geojson",
        "/export/praxisprojekte.csv",
        "/sitemap.xml",
    ]
    for url in urls:
        response = client.get(url)
        assert response.status_code == 200, url
        body = response.content.decode("utf-8-sig")
        assert SECRET not in body and OTHER_SECRET not in body, url
        assert "geheim" not in body, url
    assert (
        "Pflegelotsen" in client.get("/api/search/", {"q": "Pflegelotsen Höxter"}).content.decode()
    )
    for query in ("geheim", "bernd.geheim@example.org"):  # the address is not even indexed
        assert "Pflegelotsen" not in client.get("/api/search/", {"q": query}).content.decode()
    workbook = load_workbook(io.BytesIO(client.get("/export/praxisprojekte.xlsx").content))
    cells = [str(c) for sheet in workbook for row in sheet.iter_rows(values_only=True) for c in row]
    assert not any(SECRET in cell or OTHER_SECRET in cell for cell in cells)
    assert any("Pflegelotsen" in cell for cell in cells)  # the export did list the project


def test_no_address_in_the_answers_to_a_sent_message(client, content):
    response = client.post(
        f"/kontakt/praxisprojekt/{content['project'].pk}/",
        {
            "name": "Eva",
            "email": "eva@example.org",
            "subject": "Frage",
            "message": "Eine ausreichend lange Nachricht an Bernd.",
            "consent": "on",
        },
        follow=True,
    )
    assert response.status_code == 200
    assert SECRET not in response.content.decode()
    assert not any(SECRET in value for value in response.headers.values())
