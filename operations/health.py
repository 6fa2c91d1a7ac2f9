"""Health checks for load balancers: liveness without the database, readiness with it.

Readiness checks what the site cannot work without, the database. The cache and the search
engine are reported beside it: without them the site works uncached or with the database search,
so taking every server out of rotation for them would turn a slowdown into an outage.
"""

import logging
import re

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


def cache_state():
    """The shared cache answers? Without it the site works uncached (operations.cache_backends)."""
    try:
        check_cache()
    except Exception as exc:  # noqa: BLE001 - any failure: reported, the site works on
        logger.warning("Readiness: cache unavailable: %s", exc)
        return f"unavailable: {exc.__class__.__name__}; the site works uncached"
    return "ok"


def search_state():
    """The search engine's name and state; when a cluster is down the database search answers."""
    from search.backends import state

    return state()


# What the site cannot work without: a failure takes the server out of rotation.
CHECKS = {"database": check_databases}
# Optional services the site degrades without: reported, never a reason to fail.
REPORTS = {"cache": cache_state, "search": search_state}
# Addresses of internal services ("10.0.0.5:6379", "redis://cache:6379/0") never leave the server.
ADDRESSES = re.compile(r"\b[a-z][a-z0-9+.-]*://\S+|\b[\w.-]+:\d{2,5}\b|\[[0-9a-f:]+\](:\d+)?", re.I)


# An error's own text in parentheses (a client library's message) stays in the log.
DETAIL = re.compile(r"\s*\(.*\)\s*$", re.S)


def _public(text):
    return ADDRESSES.sub("…", DETAIL.sub("", str(text)))[:300]


def readiness():
    """({check name: "ok" or what failed}, ready?). Error details go to the log, not the answer."""
    results = {}
    for name, check in CHECKS.items():
        try:
            check()
        except Exception as exc:  # noqa: BLE001  (any failure means "not ready")
            logger.warning("Readiness check %s failed: %s", name, exc)
            results[name] = f"error: {exc.__class__.__name__}"
        else:
            results[name] = "ok"
    ready = all(value == "ok" for value in results.values())
    for name, report in REPORTS.items():
        results[name] = _public(report())
    return results, ready
