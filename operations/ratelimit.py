"""A fixed-window rate limit in the cache (Redis in production, so it holds across workers)."""

from django.core.cache import cache

from .clientip import client_ip as _client_ip


def allow(key, limit, window):
    """Count one hit for `key`; False once more than `limit` hits fell in the current window.

    The window starts with the first hit and is not extended by later ones.
    """
    cache_key = f"ratelimit:{key}"
    if cache.add(cache_key, 1, window):
        return True
    try:
        count = cache.incr(cache_key)
    except ValueError:  # expired between add and incr
        cache.set(cache_key, 1, window)
        return True
    return count <= limit


def client_ip(request):
    """The visitor's address as a key part (`operations.clientip`); "unbekannt" without one."""
    return _client_ip(request) or "unbekannt"
