"""Staying up: a dead cache means uncached pages; a dead database means a German 503."""

import json
import os
import socket
import subprocess
import sys
import uuid
from pathlib import Path

import pytest

from tests.builders import add_page

ROOT = Path(__file__).resolve().parents[2]
REDIS = ("127.0.0.1", 6379)


def redis_cache(location, prefix):
    return {
        "default": {
            "BACKEND": "operations.cache_backends.ResilientRedisCache",
            "LOCATION": location,
            "KEY_PREFIX": prefix,
            "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 0.5},
        }
    }


def redis_available():
    try:
        socket.create_connection(REDIS, timeout=0.5).close()
    except OSError:
        return False
    return True


@pytest.fixture
def real_redis(settings):
    """The real Redis of this machine, under a key prefix of its own."""
    if not redis_available():
        if os.environ.get("CI"):
            pytest.fail("Redis must run in CI (127.0.0.1:6379).")
        pytest.skip("no Redis at 127.0.0.1:6379")
    prefix = f"test-{uuid.uuid4().hex[:8]}"
    settings.CACHES = redis_cache("redis://127.0.0.1:6379/13", prefix)
    yield prefix
    from django.core.cache import cache

    cache.clear()


@pytest.fixture
def dead_redis(settings):
    """A Redis cache on a port where nothing listens: every connection is refused."""
    settings.CACHES = redis_cache("redis://127.0.0.1:1/0", "dead")


@pytest.mark.django_db
def test_pages_are_cached_in_redis(client, home_page, real_redis, page_cache):
    about = add_page(home_page, title="Über das IQZ", slug="ueber-uns")
    assert client.get(about.url)["X-Cache"] == "MISS"
    assert client.get(about.url)["X-Cache"] == "HIT"
    about.title = "Über uns"
    about.save_revision().publish()
    response = client.get(about.url)
    assert response["X-Cache"] == "MISS" and "Über uns" in response.content.decode()


@pytest.mark.django_db
def test_site_works_uncached_when_redis_refuses_connections(
    client, home_page, dead_redis, page_cache
):
    about = add_page(home_page, title="Über das IQZ", slug="ueber-uns", show_in_menus=True)
    # Each worker still keeps its own copies: the generation comes from the database.
    for state in ("MISS", "HIT", "HIT"):
        response = client.get(about.url)
        assert response.status_code == 200
        assert response["X-Cache"] == state
        assert "Über das IQZ" in response.content.decode()
    assert client.get("/").status_code == 200
    # Publishing (which writes to the cache) works too.
    about.title = "Über uns"
    about.save_revision().publish()
    assert "Über uns" in client.get(about.url).content.decode()


@pytest.mark.django_db
def test_readyz_reports_a_dead_cache_without_failing_or_naming_it(client, home_page, dead_redis):
    """The site works uncached: readiness must not take every server out of rotation."""
    response = client.get("/readyz")
    assert response.status_code == 200
    body = response.json()
    assert body["status"] == "ok"
    assert body["checks"]["database"] == "ok"
    assert body["checks"]["cache"] == "unavailable: ConnectionError; the site works uncached"
    assert "127.0.0.1" not in response.content.decode() and ":1" not in body["checks"]["cache"]


def run_with_database_down(code, **env):
    """Run `code` in a fresh Django process whose database port refuses connections."""
    environment = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "cms.settings.test",
        "DATABASE_URL": "postgres://postgres@127.0.0.1:1/famnrw_unreachable",
        "DATABASE_CONN_MAX_AGE": "0",
        **env,
    }
    script = (
        "import json, django\n"
        "django.setup()\n"
        "from django.test import Client\n"
        "client = Client(raise_request_exception=False)\n" + code
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    return json.loads(result.stdout.strip().splitlines()[-1])


DOWN_REQUESTS = """
out = {}
for url in ["/", "/praxisprojekte/", "/ueber-uns/?q=1", "/healthz", "/readyz"]:
    r = client.get(url)
    out[url] = [r.status_code, r.get("Retry-After"), r.content.decode()]
client.cookies["sessionid"] = "abc"
r = client.get("/")
out["with-session"] = [r.status_code, r.get("Retry-After"), r.content.decode()]
print(json.dumps(out))
"""


def test_database_refusing_connections_gives_a_german_503():
    results = run_with_database_down(DOWN_REQUESTS)
    for url in ["/", "/praxisprojekte/", "/ueber-uns/?q=1", "with-session"]:
        status, retry_after, html = results[url]
        assert status == 503, (url, status, html[:500])
        assert retry_after == "30"
        assert "Vorübergehend nicht erreichbar" in html and 'lang="de"' in html
    assert results["/healthz"][0] == 200
    status, _retry, body = results["/readyz"]
    assert status == 503
    checks = json.loads(body)["checks"]
    assert checks["database"].startswith("error: OperationalError")


def test_cached_pages_are_still_served_while_the_database_is_down(live_cached_page):
    prefix, url, title = live_cached_page
    results = run_with_database_down(
        f"r = client.get({url!r}, secure=True)\n"
        "print(json.dumps([r.status_code, r.get('X-Cache'), r.content.decode()]))",
        # The production configuration: Redis cache, page cache on.
        DJANGO_SETTINGS_MODULE="cms.settings.production",
        DJANGO_SECRET_KEY="x" * 50,
        DJANGO_ALLOWED_HOSTS="testserver",
        REDIS_URL="redis://127.0.0.1:6379/13",
        CACHE_KEY_PREFIX=prefix,
    )
    status, state, html = results
    assert (status, state) == (200, "HIT") and title in html


@pytest.fixture
def live_cached_page(db, home_page, real_redis, page_cache):
    about = add_page(home_page, title="Über das IQZ", slug="ueber-uns")
    from django.test import Client

    assert Client().get(about.url)["X-Cache"] == "MISS"
    return real_redis, about.url, about.title


def test_a_dead_redis_reads_as_an_empty_cache_and_backs_off(dead_redis):
    import time

    from django.core.cache import cache
    from redis.exceptions import ConnectionError as RedisConnectionError

    assert cache.get("antwort", "nichts") == "nichts"
    assert cache.is_down  # later calls skip Redis for a few seconds
    began = time.perf_counter()
    cache.set("antwort", 42)
    assert cache.get_many(["antwort"]) == {}
    assert cache.add("antwort", 42) is False
    assert cache.get_or_set("antwort", 42) == 42
    assert time.perf_counter() - began < 0.05
    with pytest.raises(ValueError):
        cache.incr("antwort")
    with pytest.raises(RedisConnectionError):
        cache.ping()  # readiness sees the truth
