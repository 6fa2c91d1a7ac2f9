"""Page speed under the production configuration: cached and uncached page views.

Targets (issue 10): a cached page p95 under 5 ms and at least 1,000 requests/s on 2 cores; an
uncached practice-project page p95 under 30 ms with at most 12 SQL queries; the home page at
most 15 queries; with 10,000 practice projects in PostgreSQL and Redis as cache.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/famnrw_bench \\
    REDIS_URL=redis://127.0.0.1:6379/5 \\
    .venv/bin/python benchmarks/page_benchmark.py [--projects 10000] [--seconds 10]

It migrates, creates the projects if fewer exist (`generate_practice_projects`), collects static
files once, then starts gunicorn twice on loopback: with the page cache (many clients on one
project page) and without it (one client walking through random project pages). The load
generator runs on the same cores as the server, which makes every figure pessimistic.
"""

import argparse
import multiprocessing
import os
import random
import socket
import sys
import time
from pathlib import Path
from urllib.parse import urlsplit

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.server import ROOT, conditions, gunicorn, manage, production_env  # noqa: E402


def percentile(values, fraction):
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    return ordered[min(len(ordered) - 1, int(round(fraction * (len(ordered) - 1))))]


def summary(label, latencies, seconds, errors, cpu=None):
    """Print one result line; `cpu` is the server's CPU seconds spent meanwhile."""
    ms = [value * 1000 for value in latencies]
    print(
        f"{label:<34} {len(ms):>7} req  {len(ms) / seconds:>8.1f} req/s  "
        f"p50 {percentile(ms, 0.50):6.2f} ms  p95 {percentile(ms, 0.95):6.2f} ms  "
        f"p99 {percentile(ms, 0.99):6.2f} ms  errors {errors}"
    )
    if cpu and ms:
        per_request = cpu / len(ms) * 1000
        # What two cores free of other work (and of the load generator) would sustain.
        print(
            f"{'':34} server CPU {per_request:.2f} ms/request, "
            f"{2000 / per_request:,.0f} req/s on 2 free cores"
        )
    return percentile(ms, 0.95), len(ms) / seconds


# --- A minimal HTTP/1.1 client: one connection per request, as gunicorn's sync workers do. ---


def fetch(host, port, path):
    request = (
        f"GET {path} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n"
        "User-Agent: page-benchmark\r\nX-Forwarded-Proto: https\r\n\r\n"
    ).encode()
    with socket.create_connection((host, port)) as sock:
        sock.sendall(request)
        chunks = []
        while chunk := sock.recv(65536):
            chunks.append(chunk)
    head = b"".join(chunks)[:2048].split(b"\r\n\r\n", 1)[0].decode("latin-1")
    status = int(head.split(" ", 2)[1])
    cache_state = next(
        (
            line.split(":", 1)[1].strip()
            for line in head.split("\r\n")
            if line.lower().startswith("x-cache:")
        ),
        "",
    )
    return status, cache_state


def client(args):
    host, port, paths, start_at, seconds, seed = args
    rng = random.Random(seed)
    while time.time() < start_at:
        time.sleep(0.001)
    end = start_at + seconds
    latencies, errors, states = [], 0, {}
    while time.time() < end:
        path = rng.choice(paths)
        began = time.perf_counter()
        try:
            status, state = fetch(host, port, path)
        except OSError:
            errors += 1
            continue
        latencies.append(time.perf_counter() - began)
        if status != 200:
            errors += 1
        states[state] = states.get(state, 0) + 1
    return latencies, errors, states


def hammer(base_url, paths, clients, seconds):
    parts = urlsplit(base_url)
    start_at = time.time() + 1.0
    jobs = [(parts.hostname, parts.port, paths, start_at, seconds, i) for i in range(clients)]
    with multiprocessing.get_context("spawn").Pool(clients) as pool:
        results = pool.map(client, jobs)
    latencies = [value for result in results for value in result[0]]
    errors = sum(result[1] for result in results)
    states = {}
    for result in results:
        for state, n in result[2].items():
            states[state] = states.get(state, 0) + n
    return latencies, errors, states


# --- Data and query counts (in this process, page cache off) -------------------------------


def setup_django():
    os.environ.update(production_env(PAGE_CACHE_ENABLED="false"))
    import django

    django.setup()


def ensure_projects(count):
    from knowledge.models import PracticeProjectPage

    existing = PracticeProjectPage.objects.live().count()
    if existing < count:
        print(f"Creating {count - existing} practice projects (have {existing}) …", flush=True)
        manage("generate_practice_projects", str(count - existing))
    return PracticeProjectPage.objects.live().count()


def project_paths(limit=2000):
    from knowledge.models import PracticeProjectPage

    ids = list(PracticeProjectPage.objects.live().values_list("pk", flat=True)[:limit])
    pages = PracticeProjectPage.objects.filter(pk__in=ids).only("id", "url_path", "depth", "path")
    return [page.get_url() for page in pages if page.get_url()]


def query_counts(paths):
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client = Client(HTTP_HOST="127.0.0.1", HTTP_X_FORWARDED_PROTO="https")
    counts = {}
    for label, path in [("home page /", "/"), ("practice-project page", paths[0])]:
        client.get(path)
        with CaptureQueriesContext(connection) as ctx:
            response = client.get(path)
        assert response.status_code == 200, (path, response.status_code)
        counts[label] = len(ctx)
    return counts


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--projects", type=int, default=10_000)
    parser.add_argument("--seconds", type=float, default=10.0)
    parser.add_argument("--clients", type=int, default=4, help="load-generator processes")
    parser.add_argument("--workers", type=int, default=None, help="gunicorn workers")
    parser.add_argument("--collectstatic", action="store_true", help="collect static files again")
    options = parser.parse_args()

    if not os.environ.get("DATABASE_URL", "").startswith("postgres"):
        print("Note: DATABASE_URL is not PostgreSQL; the targets are defined for PostgreSQL.")
    if not os.environ.get("REDIS_URL"):
        print("Note: REDIS_URL unset; each gunicorn worker has its own local-memory cache.")

    manage("migrate", "--no-input", "--verbosity", "0")
    static_root = Path(os.environ.get("STATIC_ROOT", ROOT / "staticfiles"))
    if options.collectstatic or not (static_root / "staticfiles.json").exists():
        manage("collectstatic", "--no-input", "--verbosity", "0")
    setup_django()
    total = ensure_projects(options.projects)
    paths = project_paths()
    counts = query_counts(paths)

    print()
    print(f"Conditions: {conditions()}; {total} live practice projects")
    for label, n in counts.items():
        print(f"SQL queries, uncached {label:<24} {n}")

    with gunicorn(workers=options.workers, PAGE_CACHE_ENABLED="true") as base_url:
        hammer(base_url, paths[:1] + ["/"], 2, 1.0)  # warm both pages into the cache
        cpu_before = base_url.cpu_seconds()
        latencies, errors, states = hammer(base_url, paths[:1], options.clients, options.seconds)
        cpu = base_url.cpu_seconds() - cpu_before
        cached_p95, cached_rps = summary(
            "cached project page", latencies, options.seconds, errors, cpu
        )
        print(f"{'':34} X-Cache: {states}")

    with gunicorn(workers=options.workers, PAGE_CACHE_ENABLED="false") as base_url:
        hammer(base_url, paths[:50], 1, 2.0)  # warm connections and per-process caches
        cpu_before = base_url.cpu_seconds()
        latencies, errors, _states = hammer(base_url, paths, 1, options.seconds)
        cpu = base_url.cpu_seconds() - cpu_before
        uncached_p95, _rps = summary(
            "uncached project pages, 1 client", latencies, options.seconds, errors, cpu
        )
        latencies, errors, _states = hammer(base_url, paths, options.clients, options.seconds)
        summary(
            f"uncached project pages, {options.clients} clients", latencies, options.seconds, errors
        )

    print()
    checks = [
        ("cached p95 < 5 ms", cached_p95 < 5),
        ("cached >= 1000 req/s", cached_rps >= 1000),
        ("uncached project p95 < 30 ms", uncached_p95 < 30),
        ("project page <= 12 queries", counts["practice-project page"] <= 12),
        ("home page <= 15 queries", counts["home page /"] <= 15),
    ]
    for label, ok in checks:
        print(f"{'met    ' if ok else 'MISSED '} {label}")
    print(f"Measured at {conditions()}")


if __name__ == "__main__":
    main()
