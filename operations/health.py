"""Health checks for load balancers: liveness without the database, readiness with it."""

import logging

from django.conf import settings
from django.core.cache import caches
from django.db import connections
from wagtail.search.backends import get_search_backend

logger = logging.getLogger(__name__)


def check_databases():
    for alias in connections:
        with connections[alias].cursor() as cursor:
            cursor.execute("SELECT 1")


def check_cache():
    backend = caches["default"]
    if hasattr(backend, "ping"):
        backend.ping()
        return
    backend.set("readyz:probe", "1", 10)
    if backend.get("readyz:probe") != "1":
        raise RuntimeError("cache did not return the value just written")


def check_search():
    """The configured search backend answers (Elasticsearch: a ping; database search: the DB)."""
    for name in getattr(settings, "WAGTAILSEARCH_BACKENDS", {"default": {}}):
        backend = get_search_backend(name)
        client = getattr(backend, "es", None) or getattr(backend, "client", None)
        if client is not None and hasattr(client, "ping") and not client.ping():
            raise RuntimeError(f"search backend '{name}' did not answer")


CHECKS = {"database": check_databases, "cache": check_cache, "search": check_search}


def readiness():
    """({check name: "ok" or the error}, all ok?)."""
    results = {}
    for name, check in CHECKS.items():
        try:
            check()
        except Exception as exc:  # noqa: BLE001  (any failure means "not ready", with its reason)
            logger.warning("Readiness check %s failed: %s", name, exc)
            results[name] = f"error: {exc.__class__.__name__}: {exc}"[:300]
        else:
            results[name] = "ok"
    return results, all(value == "ok" for value in results.values())
