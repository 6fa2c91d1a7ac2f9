"""A Redis cache that degrades to "no cache" instead of failing the request.

Django's RedisCache raises when Redis is down, and every `cache.get` in the code base would turn
into a 500. This backend answers like an empty cache instead (gets miss, writes are dropped), logs
the outage once, and stops trying for a few seconds (a small circuit breaker), so a Redis that
hangs costs one short timeout per worker and interval, not one per cache call.
"""

import logging
import time

from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.redis import RedisCache, RedisCacheClient
from redis.exceptions import RedisError

logger = logging.getLogger(__name__)

# Seconds to skip Redis after a failure before trying again.
RETRY_INTERVAL = 5.0

_MISS = object()


class ReusingRedisCacheClient(RedisCacheClient):
    """Django's client builds a new `redis.Redis` per call (about 0.5 ms of Python each, most
    of a cached page view); one per connection pool does the same work, thread-safely."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._clients = {}

    def get_client(self, key=None, *, write=False):
        pool = self._get_connection_pool(write)
        client = self._clients.get(id(pool))
        if client is None:
            client = self._clients[id(pool)] = self._client(connection_pool=pool)
        return client


class ResilientRedisCache(RedisCache):
    """RedisCache whose failures read as cache misses; `ping()` still reports the truth."""

    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = ReusingRedisCacheClient
        self._down_until = 0.0

    @property
    def is_down(self):
        return time.monotonic() < self._down_until

    def _guard(self, method, fallback, *args):
        """RedisCache.<method>(*args), or `fallback` while Redis is unreachable."""
        if self.is_down:
            return fallback
        try:
            result = getattr(RedisCache, method)(self, *args)
        except (RedisError, OSError) as exc:
            if not self._down_until:
                logger.warning("Cache unreachable, serving uncached: %s", exc)
            self._down_until = time.monotonic() + RETRY_INTERVAL
            return fallback
        self._recovered()
        return result

    def _recovered(self):
        if self._down_until:
            logger.info("Cache reachable again.")
            self._down_until = 0.0

    def ping(self):
        """Raise if Redis cannot be reached (readiness check); bypasses the breaker."""
        self._cache.get_client(write=False).ping()
        self._recovered()

    # Reads: a failure is a miss.
    def get(self, key, default=None, version=None):
        return self._guard("get", default, key, default, version)

    def get_many(self, keys, version=None):
        return self._guard("get_many", {}, keys, version)

    def has_key(self, key, version=None):
        return self._guard("has_key", False, key, version)

    def get_or_set(self, key, default, timeout=DEFAULT_TIMEOUT, version=None):
        value = self.get(key, _MISS, version=version)
        if value is _MISS:
            value = default() if callable(default) else default
            if value is not None:
                self.add(key, value, timeout=timeout, version=version)
        return value

    # Writes: a failure is dropped.
    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        self._guard("set", None, key, value, timeout, version)

    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self._guard("add", False, key, value, timeout, version)

    def touch(self, key, timeout=DEFAULT_TIMEOUT, version=None):
        return self._guard("touch", False, key, timeout, version)

    def set_many(self, data, timeout=DEFAULT_TIMEOUT, version=None):
        return self._guard("set_many", list(data), data, timeout, version)

    def delete(self, key, version=None):
        return self._guard("delete", False, key, version)

    def delete_many(self, keys, version=None):
        self._guard("delete_many", None, keys, version)

    def incr(self, key, delta=1, version=None):
        # incr on a missing key raises ValueError by contract; an unreachable cache does too.
        result = self._guard("incr", _MISS, key, delta, version)
        if result is _MISS:
            raise ValueError(f"Key '{key}' not found (cache unreachable).")
        return result

    def clear(self):
        return self._guard("clear", False)


# Caches whose content lives in one process: several workers would each see their own.
PER_PROCESS_BACKENDS = (
    "django.core.cache.backends.locmem.LocMemCache",
    "django.core.cache.backends.dummy.DummyCache",
)


def shared_cache_problem(workers):
    """Why `workers` processes cannot run with the configured cache, or "" if they can."""
    from django.conf import settings

    backend = settings.CACHES["default"]["BACKEND"]
    if workers > 1 and backend in PER_PROCESS_BACKENDS:
        return (
            f"{workers} workers need a shared cache, but the cache is {backend.rsplit('.', 1)[-1]} "
            "(one per process). Set REDIS_URL, or run one worker (WEB_CONCURRENCY=1)."
        )
    return ""
