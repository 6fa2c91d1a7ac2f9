"""A restriction an editor sets on one app server holds on every other at once (issue 17).

Two gunicorn processes with the production settings share the database, and either a cache each
(as `make serve` without Redis, run twice), one Redis, or one Redis that hangs while the editor
saves: its writes time out and are dropped, the other server never notices the outage. Before,
the other server kept serving the page from its cached copy and cached rules (60 of 60
requests).
The re-read windows are 0 here so that "at once" can be asserted; with the defaults a change
reaches the other servers within a second (tests/operations/test_pagecache.py).
"""

from contextlib import nullcontext

import pytest
import requests
from django.contrib.auth.models import User

from tests.builders import add_page, build_site
from tests.operations.servers import (
    PROXY_HEADERS,
    PrivateRedis,
    database_url_for_servers,
    start_servers,
)

PASSWORD = "Redaktion-Passwort-2026"  # noqa: S105
TITLE = "Protokoll der Steuerungsgruppe"


@pytest.fixture
def site(transactional_db, settings):
    home = build_site()
    page = add_page(home, title=TITLE, slug="protokoll")
    # A password hash the production settings accept (the tests' MD5 hasher is not among them).
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.PBKDF2PasswordHasher"]
    User.objects.create_superuser("redaktion", "redaktion@example.org", PASSWORD)
    return page


@pytest.fixture
def redis(tmp_path):
    server = PrivateRedis(tmp_path)
    yield server
    server.stop()


@pytest.fixture
def two_servers(site, tmp_path):
    """Start two servers on the test's data with the given REDIS_URL (None: a cache each)."""
    started = []

    def start(redis_url):
        started.extend(
            start_servers(
                2,
                DATABASE_URL=database_url_for_servers(tmp_path),
                REDIS_URL=redis_url,
                PAGE_CACHE_LOCAL_SECONDS="0",
                VIEW_RESTRICTION_RECHECK_SECONDS="0",
            )
        )
        return started

    yield start
    for server in started:
        server.stop()


class Editor:
    """An editor's browser session on one server (cookies kept by hand: they are `Secure`)."""

    def __init__(self, server):
        self.server = server
        self.cookies = {}

    def request(self, method, path, **data):
        headers = {**PROXY_HEADERS, "Origin": f"https://127.0.0.1:{self.server.port}"}
        if data:
            data["csrfmiddlewaretoken"] = self.cookies["csrftoken"]
        response = requests.request(
            method,
            self.server.url + path,
            data=data or None,
            headers=headers,
            cookies=self.cookies,
            allow_redirects=False,
            timeout=30,
        )
        self.cookies.update(response.cookies.get_dict())
        return response

    def log_in(self):
        self.request("GET", "/admin/login/")
        response = self.request("POST", "/admin/login/", username="redaktion", password=PASSWORD)
        assert response.status_code == 302, response.text[:500]

    def restrict_to_logged_in_users(self, page):
        path = f"/admin/pages/{page.pk}/privacy/"
        self.request("GET", path)
        response = self.request("POST", path, restriction_type="login")
        assert response.status_code == 200 and response.json()["step"] == "set_privacy_done"


def anonymous_views(servers, path, times=3):
    return [server.get(path).status_code for server in servers for _ in range(times)]


def found_by_search(server):
    return TITLE in server.get("/suche/?q=Steuerungsgruppe").text


def check_restriction_holds(servers, page, change):
    path = page.url
    assert anonymous_views(servers, path) == [200] * 6
    assert [server.get(path).headers["X-Cache"] for server in servers] == ["HIT", "HIT"]
    assert all(found_by_search(server) for server in servers)
    editor = Editor(servers[0])
    editor.log_in()
    with change():
        editor.restrict_to_logged_in_users(page)
    assert anonymous_views(servers, path) == [302] * 6
    assert "/konto/anmelden/" in servers[1].get(path).headers["Location"]
    assert not any(found_by_search(server) for server in servers)


def test_with_a_cache_per_server(site, two_servers):
    check_restriction_holds(two_servers(redis_url=None), site, change=nullcontext)


def test_with_one_shared_redis(site, two_servers, redis):
    check_restriction_holds(two_servers(redis_url=redis.url), site, change=nullcontext)


def test_with_one_redis_that_hangs_while_the_editor_saves(site, two_servers, redis):
    check_restriction_holds(two_servers(redis_url=redis.url), site, change=redis.paused)
