"""gunicorn configuration for `make serve` and the app servers (see docs/deployment.md).

Every value can be overridden from the environment: WEB_CONCURRENCY (workers), GUNICORN_THREADS,
BIND (or PORT), GUNICORN_TIMEOUT, GUNICORN_ACCESS_LOG ("-" for stdout).
"""

import multiprocessing
import os

bind = os.environ.get("BIND") or f"127.0.0.1:{os.environ.get('PORT', '8000')}"
# Sync workers: a page view is CPU work on the app server plus short database and Redis calls.
workers = int(os.environ.get("WEB_CONCURRENCY") or multiprocessing.cpu_count() * 2 + 1)
threads = int(os.environ.get("GUNICORN_THREADS", "1"))
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


def when_ready(server):
    """Freeze what the preloaded app allocated before the workers are forked.

    Django, Wagtail and their imports leave ~200,000 long-lived objects. Without this, every
    full (generation 2) garbage collection in a worker walks them all, a pause of 100-200 ms in
    the middle of some request; frozen, they are never scanned (and their memory pages stay
    shared with the master instead of being copied on write by the collector).
    """
    import gc

    gc.freeze()
