"""The request's site and root page, kept per content generation: never stale, never shared."""

import pytest
from django.db import connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page, Site

from operations import sites
from tests.builders import add_page

pytestmark = pytest.mark.django_db


def request_for(host="testserver"):
    return RequestFactory().get("/", HTTP_HOST=host)


def test_site_and_root_page_are_looked_up_once_per_generation(home_page):
    first = sites.site_for_request(request_for())
    assert first.root_page.specific is first.root_page  # already the HomePage, no query
    with CaptureQueriesContext(connection) as ctx:
        second = sites.site_for_request(request_for())
    assert len(ctx) == 0
    assert second.pk == first.pk and second.root_page.pk == home_page.pk


def test_each_request_gets_its_own_copies(home_page):
    first = sites.site_for_request(request_for())
    first.root_page.get_view_restrictions = None  # as routing does on its own request
    second = sites.site_for_request(request_for())
    assert second is not first and second.root_page is not first.root_page
    assert "get_view_restrictions" not in second.root_page.__dict__


def test_a_published_change_to_the_root_page_is_seen_at_once(client, home_page):
    assert "Neuer Titel" not in client.get("/").content.decode()
    home_page.title = "Neuer Titel"
    home_page.save_revision().publish()
    assert "Neuer Titel" in client.get("/").content.decode()


def test_a_changed_site_is_seen_at_once(client, home_page):
    other_root = add_page(Page.get_first_root_node(), title="Anderer Auftritt", slug="anders")
    add_page(other_root, title="Nur dort", slug="nur-dort")
    assert client.get("/nur-dort/", HTTP_HOST="127.0.0.1").status_code == 404
    Site.objects.create(hostname="127.0.0.1", port=80, root_page=other_root)
    assert client.get("/nur-dort/", HTTP_HOST="127.0.0.1").status_code == 200
    assert client.get("/nur-dort/").status_code == 404  # the default site is unchanged


def test_without_a_reachable_cache_wagtail_looks_the_site_up(home_page, monkeypatch):
    monkeypatch.setattr(sites, "current_generation", lambda request=None: None)
    site = sites.site_for_request(request_for())
    assert site.root_page_id == home_page.pk


def test_strangers_host_names_do_not_grow_the_memo(client, home_page):
    """Each process kept one entry per Host header ever sent, valid or not (issue 17)."""
    for number in range(200):
        response = client.get("/", HTTP_HOST=f"angreifer-{number}.example")
        assert response.status_code == 400  # DisallowedHost
    assert len(sites._sites) <= sites.MAX_HOSTS
    assert client.get("/").status_code == 200
