"""Settings come from the environment; production fails closed. Each case loads settings afresh."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PROBE = """
import json, django
from django.conf import settings
django.setup()
db = settings.DATABASES["default"]
print(json.dumps({
    "engine": db["ENGINE"], "name": str(db["NAME"]), "host": db.get("HOST", ""),
    "cache": settings.CACHES["default"]["BACKEND"],
    "cache_location": str(settings.CACHES["default"].get("LOCATION", "")),
    "search": settings.WAGTAILSEARCH_BACKENDS["default"]["BACKEND"],
    "engine_config": settings.SEARCH_ENGINE,
    "hosts": settings.ALLOWED_HOSTS, "debug": settings.DEBUG,
    "db_options": db.get("OPTIONS", {}).get("options", ""),
    "language": settings.LANGUAGE_CODE, "tz": settings.TIME_ZONE,
}))
"""
CONFIG_VARS = (
    "DATABASE_URL",
    "REDIS_URL",
    "ELASTICSEARCH_URL",
    "OPENSEARCH_URL",
    "SEARCH_URL",
    "DJANGO_SECRET_KEY",
    "DJANGO_ALLOWED_HOSTS",
)


def load_settings(module, **env):
    clean = {k: v for k, v in os.environ.items() if k not in CONFIG_VARS}
    clean.update(env, DJANGO_SETTINGS_MODULE=module)
    return subprocess.run(
        [sys.executable, "-c", PROBE],
        cwd=ROOT,
        env=clean,
        capture_output=True,
        text=True,
        check=False,
    )


def settings_of(module, **env):
    result = load_settings(module, **env)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_defaults_need_nothing():
    conf = settings_of("cms.settings.dev")
    assert conf["engine"] == "django.db.backends.sqlite3"
    assert conf["name"].endswith("db.sqlite3")
    assert conf["cache"].endswith("LocMemCache")
    assert conf["search"] == "wagtail.search.backends.database"
    assert conf["engine_config"] is None  # the site's own database search
    assert conf["language"] == "de"
    assert conf["tz"] == "Europe/Berlin"
    assert conf["debug"] is True


def test_services_come_from_the_environment():
    conf = settings_of(
        "cms.settings.dev",
        DATABASE_URL="postgres://postgres@db.example:5432/famnrw",
        REDIS_URL="redis://cache.example:6379/1",
    )
    assert conf["engine"] == "django.db.backends.postgresql"
    assert conf["db_options"] == "-c jit=off"  # compiling costs web queries seconds
    assert (conf["host"], conf["name"]) == ("db.example", "famnrw")
    assert conf["cache"] == "operations.cache_backends.ResilientRedisCache"
    assert conf["cache_location"] == "redis://cache.example:6379/1"


@pytest.mark.parametrize(
    ("variable", "backend"),
    [
        ("OPENSEARCH_URL", "search.backends.opensearch.OpenSearchBackend"),
        ("SEARCH_URL", "search.backends.opensearch.OpenSearchBackend"),
        ("ELASTICSEARCH_URL", "search.backends.elasticsearch.ElasticsearchBackend"),
    ],
)
def test_a_search_cluster_comes_from_the_environment(variable, backend):
    conf = settings_of(
        "cms.settings.dev",
        **{variable: "http://search-1.example:9200, http://search-2.example:9200"},
        SEARCH_INDEX_PREFIX="land_",
    )
    engine = conf["engine_config"]
    assert engine["BACKEND"] == backend
    assert engine["URLS"] == ["http://search-1.example:9200", "http://search-2.example:9200"]
    assert engine["INDEX_PREFIX"] == "land_"
    assert engine["SYNC"] == "background" and engine["TIMEOUT"] == 2.0
    # Wagtail's own backend stays the database: it serves the admin's search only.
    assert conf["search"] == "wagtail.search.backends.database"


def test_production_reads_hosts_and_secret():
    conf = settings_of(
        "cms.settings.production",
        DJANGO_SECRET_KEY="x" * 50,
        DJANGO_ALLOWED_HOSTS="familie.example.org, www.familie.example.org",
    )
    assert conf["debug"] is False
    assert conf["hosts"] == ["familie.example.org", "www.familie.example.org"]


@pytest.mark.parametrize(
    "env",
    [
        {"DJANGO_ALLOWED_HOSTS": "familie.example.org"},
        {"DJANGO_ALLOWED_HOSTS": "familie.example.org", "DJANGO_SECRET_KEY": "short"},
        {"DJANGO_SECRET_KEY": "x" * 50},
    ],
    ids=["no-secret", "weak-secret", "no-hosts"],
)
def test_production_fails_closed(env):
    result = load_settings("cms.settings.production", **env)
    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr
