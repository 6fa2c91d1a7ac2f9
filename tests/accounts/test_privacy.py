"""Internal pages and handouts never show up where anonymous visitors look: search, API, listings.

Page queries stay flat as the internal area grows.
"""

import os

import pytest
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext

from accounts.models import InternalMaterialPage

SECRET = "Geheimes Kursmaterial"


@pytest.fixture
def indexed(internal):
    call_command("update_index", verbosity=0)
    call_command("rebuild_search_index", verbosity=0, stdout=open(os.devnull, "w"))  # noqa: SIM115
    return internal


def search_html(client, query):
    response = client.get("/suche/", {"q": query})
    assert response.status_code == 200
    return response.content.decode()


def test_participants_find_the_internal_material_they_may_read(client, indexed, people):
    url = indexed["material"].url
    client.force_login(people["participant"])
    assert url in search_html(client, "Geheimes Kursmaterial")
    client.force_login(people["manager"])
    assert url in search_html(client, "Geheimes Kursmaterial")
    client.force_login(people["other_participant"])
    assert url not in search_html(client, "Geheimes Kursmaterial")
    client.logout()
    assert url not in search_html(client, "Geheimes Kursmaterial")


def test_search_api_and_suggestions_hide_internal_pages(client, indexed):
    for path in ("/api/search/", "/api/search/suggest"):
        response = client.get(path, {"q": "Geheimes Kursmaterial"})
        if response.status_code == 404:
            continue
        assert response.status_code == 200, path
        assert "/intern/" not in response.content.decode()


def test_anonymous_search_never_finds_internal_pages(client, indexed):
    for query in ("Modul 1 intern", "Geheimes", "Kursmaterial", "intern"):
        html = client.get("/suche/", {"q": query}).content.decode()
        assert "/intern/" not in html, query
        assert SECRET not in html


def test_api_lists_no_internal_pages(client, indexed, people):
    for user in (None, people["participant"], people["editor"]):
        if user:
            client.force_login(user)
        response = client.get("/api/v2/pages/", {"limit": 20})
        assert response.status_code == 200
        urls = [item["meta"]["html_url"] or "" for item in response.json()["items"]]
        assert not any("/intern/" in url for url in urls)
        for page in (indexed["area"], indexed["section"], indexed["material"]):
            assert client.get(f"/api/v2/pages/{page.pk}/").status_code == 404


def test_api_type_filter_and_search_do_not_leak(client, indexed):
    response = client.get("/api/v2/pages/", {"type": "accounts.InternalMaterialPage"})
    assert response.status_code in (200, 400)
    if response.status_code == 200:
        assert response.json()["items"] == []
    response = client.get("/api/v2/pages/", {"search": "Geheimes"})
    assert response.status_code in (200, 400)
    if response.status_code == 200:
        assert response.json()["items"] == []


def test_documents_api_is_not_exposed(client, indexed):
    assert client.get("/api/v2/documents/").status_code == 404


def test_public_listings_do_not_mention_internal_pages(client, indexed):
    for url in ("/", indexed["course"].url, indexed["projects"].url):
        html = client.get(url).content.decode()
        assert "/intern/kurs-5/" not in html
        assert indexed["document"].url not in html


def test_material_query_count_is_flat(client, internal, people):
    from accounts.models import Handout
    from tests.builders import add_document

    client.force_login(people["participant"])
    section = internal["section"]
    collection = internal["document"].collection

    def grow(count):
        for number in range(count):
            page = InternalMaterialPage(
                title=f"Material {number}", slug=f"material-{count}-{number}", number=2
            )
            page.handouts.add(Handout(document=add_document(f"H {number}", collection=collection)))
            section.add_child(instance=page)
            page.save_revision().publish()

    def queries(url):
        client.get(url)  # warm caches (site root, restriction rules)
        with CaptureQueriesContext(connection) as captured:
            assert client.get(url).status_code == 200
        return len(captured)

    grow(5)
    small = (queries(section.url), queries(internal["material"].url))
    grow(45)
    assert (queries(section.url), queries(internal["material"].url)) == small


def test_sitemap_lists_no_internal_pages(client, indexed):
    from django.urls import Resolver404, resolve

    try:
        match = resolve("/sitemap.xml")
    except Resolver404:
        pytest.skip("no sitemap is wired yet")
    if getattr(match.func, "__name__", "") == "serve":  # the Wagtail page catch-all
        pytest.skip("no sitemap is wired yet")
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    body = response.content.decode() if not response.streaming else ""
    assert "/intern/" not in body
