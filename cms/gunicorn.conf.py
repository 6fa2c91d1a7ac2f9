"""gunicorn configuration for `make serve` and the app servers (see docs/deployment.md).

Every value can be overridden from the environment: WEB_CONCURRENCY (workers), GUNICORN_THREADS,
BIND (or PORT), GUNICORN_TIMEOUT, GUNICORN_ACCESS_LOG ("-" for stdout). Several workers need a
shared cache (REDIS_URL); without one gunicorn runs one worker with four threads.
"""

import multiprocessing
import os
import sys

bind = os.environ.get("BIND") or f"127.0.0.1:{os.environ.get('PORT', '8000')}"
# Sync workers: a page view is CPU work on the app server plus short database and Redis calls.
# Without a shared cache (REDIS_URL) one process with threads: several processes would each
# keep a cache of their own (on_starting refuses that).
SHARED_CACHE = bool(os.environ.get("REDIS_URL"))
default_workers = multiprocessing.cpu_count() * 2 + 1 if SHARED_CACHE else 1
workers = int(os.environ.get("WEB_CONCURRENCY") or default_workers)
threads = int(os.environ.get("GUNICORN_THREADS") or (1 if SHARED_CACHE else 4))
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "30"))
graceful_timeout = 20
keepalive = 5
# Recycle workers now and then (memory growth), not all at once.
max_requests = 5000
max_requests_jitter = 500
accesslog = os.environ.get("GUNICORN_ACCESS_LOG") or None
errorlog = "-"
# The load balancer terminates TLS; trust its X-Forwarded-* headers.
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1")
preload_app = True


def on_starting(server):
    """Refuse several workers without a shared cache (the app is preloaded: settings are read).

    Each worker would keep its own cache: vocabularies, synonyms, facets and login lockouts
    changed in one process would stay stale in the others.
    """
    from operations.cache_backends import shared_cache_problem

    problem = shared_cache_problem(server.cfg.workers)
    if problem:
        server.log.error(problem)
        sys.exit(1)


def when_ready(server):
    """Freeze what the preloaded app allocated before the workers are forked.

    Django, Wagtail and their imports leave ~200,000 long-lived objects. Without this, every
    full (generation 2) garbage collection in a worker walks them all, a pause of 100-200 ms in
    the middle of some request; frozen, they are never scanned (and their memory pages stay
    shared with the master instead of being copied on write by the collector).
    """
    import gc

    gc.freeze()
