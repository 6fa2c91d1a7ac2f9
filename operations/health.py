"""Health checks for load balancers: liveness without the database, readiness with it."""

import logging

from django.core.cache import caches
from django.db import connections

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


def search_state():
    """The search engine's name and state; when a cluster is down the database search answers."""
    from search.backends import state

    return state()


CHECKS = {"database": check_databases, "cache": check_cache}
# Reported beside the checks, never a reason to take the server out of rotation.
REPORTS = {"search": search_state}


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
    ready = all(value == "ok" for value in results.values())
    for name, report in REPORTS.items():
        results[name] = report()
    return results, ready
