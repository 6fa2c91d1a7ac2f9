"""The search engines and which one answers.

`engine()` is the configured engine (settings.SEARCH_ENGINE; without it the database search),
one long-lived instance per process. `ask()` puts a question to it and, when the engine is down
or slow, lets the database search answer instead: the visitor gets results and a quiet note,
the log a warning, never an error page. After a failure the engine is left alone for
`RETRY_SECONDS`, so that an outage does not cost every visitor a timeout.
"""

import logging
import threading
import time

from django.conf import settings
from django.core.signals import setting_changed
from django.dispatch import receiver
from django.utils.module_loading import import_string

from .base import EngineUnavailable, SearchBackend
from .database import DatabaseBackend

__all__ = ["EngineUnavailable", "SearchBackend", "ask", "database", "engine", "uses_cluster"]

logger = logging.getLogger(__name__)

RETRY_SECONDS = 15.0

_database = DatabaseBackend()
_state = {"engine": None, "down_until": 0.0}
_lock = threading.Lock()


def database():
    return _database


def engine():
    """The configured engine, created once per process (its client keeps its connections)."""
    backend = _state["engine"]
    if backend is None:
        with _lock:
            backend = _state["engine"]
            if backend is None:
                backend = _state["engine"] = _create(getattr(settings, "SEARCH_ENGINE", None))
    return backend


def uses_cluster():
    return engine() is not _database


def _create(config):
    if not config:
        return _database
    config = dict(config)
    return import_string(config.pop("BACKEND"))(config)


@receiver(setting_changed)
def _reset(setting, **kwargs):
    """Tests switch engines with `settings.SEARCH_ENGINE = ...`: forget the old instance."""
    if setting == "SEARCH_ENGINE":
        reset()


def reset():
    with _lock:
        old = _state["engine"]
        _state.update(engine=None, down_until=0.0)
    if old is not None and old is not _database:
        old.close()


def ask(method, *args, **kwargs):
    """(answer, fell back?) of `method` on the engine, or on the database search if it fails."""
    backend = engine()
    if backend is _database:
        return getattr(_database, method)(*args, **kwargs), False
    if time.monotonic() >= _state["down_until"]:
        try:
            return getattr(backend, method)(*args, **kwargs), False
        except EngineUnavailable as error:
            _state["down_until"] = time.monotonic() + RETRY_SECONDS
            logger.warning(
                "Suchmaschine %s antwortet nicht, die Datenbanksuche übernimmt für %.0f s: %s",
                backend.name,
                RETRY_SECONDS,
                error,
            )
    return getattr(_database, method)(*args, **kwargs), True


def state():
    """What /readyz reports about the search: the engine's name and whether it answers."""
    backend = engine()
    if backend is _database:
        return "database: ok"
    try:
        backend.check()
    except EngineUnavailable as error:
        return f"{backend.name}: unavailable, the database search answers ({error})"[:300]
    return f"{backend.name}: ok"
