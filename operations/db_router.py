"""Read-only traffic to a PostgreSQL replica, writes and everything after a write to the primary.

Active when DATABASE_REPLICA_URL is set (cms/settings/base.py adds the `replica` alias and this
router). Replication lags a little, so a request pins itself to the primary:
- for unsafe methods (POST, PUT, PATCH, DELETE) and the admin (`ReplicaPinningMiddleware`), where
  editors must read what they just saved;
- from its first write on (`db_for_write`), for the rest of the request.
The pin lives in a context variable, reset by the middleware at the start of each request.
"""

from contextvars import ContextVar

from django.conf import settings

PRIMARY = "default"
REPLICA = "replica"

_pinned = ContextVar("operations_db_pinned", default=False)


def pin_to_primary():
    _pinned.set(True)


def unpin():
    _pinned.set(False)


def is_pinned():
    return _pinned.get()


class ReplicaRouter:
    """Reads to `replica` unless pinned; writes, migrations and relations on the primary."""

    def db_for_read(self, model, **hints):
        if _pinned.get() or REPLICA not in settings.DATABASES:
            return PRIMARY
        return REPLICA

    def db_for_write(self, model, **hints):
        pin_to_primary()
        return PRIMARY

    def allow_relation(self, obj1, obj2, **hints):
        # Both aliases hold the same data.
        return True

    def allow_migrate(self, db, app_label, model_name=None, **hints):
        return db == PRIMARY


UNSAFE_METHODS = {"POST", "PUT", "PATCH", "DELETE"}


class ReplicaPinningMiddleware:
    """Start every request unpinned, except writes and the admin, which read from the primary."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        token = _pinned.set(
            request.method in UNSAFE_METHODS
            or request.path.startswith(("/admin/", "/django-admin/"))
        )
        try:
            return self.get_response(request)
        finally:
            _pinned.reset(token)
