"""Search speed: p50/p95 of the page, the API and suggestions; indexing rate.

Usage (the database must be a scratch one; pages are generated into it):

    DATABASE_URL=sqlite:////tmp/bench.sqlite3 .venv/bin/python \\
        benchmarks/search_benchmark.py --pages 1000
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/famnrw_bench .venv/bin/python \\
        benchmarks/search_benchmark.py --pages 10000

Targets (issue "Search across the collection"): p95 <= 50 ms for page and API including facets,
suggestions p95 <= 20 ms, (re)indexing >= 200 pages/s.
"""

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.test")

import django  # noqa: E402

django.setup()

from django.contrib.auth.models import AnonymousUser  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.http import QueryDict  # noqa: E402
from django.test import Client  # noqa: E402

from knowledge.models import PracticeProjectPage  # noqa: E402
from search import indexing, service  # noqa: E402

QUERIES = {
    "frequent": [
        "Familie",
        "Ferienbetreuung",
        "Kinder Eltern",
        "Netzwerk Verwaltung Jugendamt",
        "Wie organisiere ich Ferienbetreuung für Schulkinder?",
    ],
    "rare": ["PX00042", "Projektkennung PX00777", "Rosendahl Familienpass", "Lesepaten Zülpich"],
    "no-hit": ["Xylophonunterricht", "Quantenphysik Marsmission", '"a"b C++ -x'],
}
FILTERS = [{}, {"thema": "kinderbetreuung"}, {"kreis": "kreis-hoexter", "jahr": "2015"}]
PREFIXES = ["fa", "fer", "kind", "ros", "pfl", "bild", "netzw", "zü"]


def percentile(values, share):
    values = sorted(values)
    index = min(len(values) - 1, max(0, round(share * (len(values) - 1))))
    return values[index]


def timed(client, url, params, repeat):
    samples = []
    for _ in range(repeat):
        started = time.perf_counter()
        response = client.get(url, params)
        samples.append((time.perf_counter() - started) * 1000)
        assert response.status_code == 200, (url, params, response.status_code)
    return samples


def ensure_database():
    """Create the PostgreSQL database named in DATABASE_URL if it does not exist yet."""
    url = os.environ.get("DATABASE_URL", "")
    if url.startswith("postgres"):
        import psycopg

        base, name = url.rsplit("/", 1)
        with psycopg.connect(f"{base}/postgres", autocommit=True) as admin:
            if not admin.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone():
                admin.execute(f'CREATE DATABASE "{name}"')


def ensure_pages(count):
    existing = PracticeProjectPage.objects.count()
    if existing < count:
        call_command(
            "generate_practice_projects", count - existing, "--no-index", seed=existing + 1
        )


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--pages", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=10)
    args = parser.parse_args()

    ensure_database()
    call_command("migrate", verbosity=0)
    ensure_pages(args.pages)
    pages = PracticeProjectPage.objects.filter(live=True).count()

    started = time.perf_counter()
    indexed = indexing.rebuild()
    seconds = time.perf_counter() - started
    print(f"backend={connection.vendor} pages={pages} indexed={indexed}")
    print(f"indexing: {indexed / seconds:.0f} pages/s ({seconds:.1f} s)")

    client = Client()
    # Warm up caches (facet vocabulary, site root paths, SQLite page cache).
    for url in ("/suche/", "/api/search/"):
        client.get(url, {"q": "Familie"})
    rows = []
    for url, label in (("/suche/", "page"), ("/api/search/", "api")):
        mix = []
        for kind, queries in QUERIES.items():
            samples = []
            for query in queries:
                for filters in FILTERS:
                    samples += timed(client, url, {"q": query, **filters}, args.repeat)
            rows.append((f"{label} {kind}", samples))
            mix += samples
        # The target's measure: frequent, rare and no-hit queries together.
        rows.append((f"{label} mix", mix))
    for url, label in (("/suche/", "page"), ("/api/search/", "api")):
        samples = []
        for filters in FILTERS:
            samples += timed(client, url, filters, args.repeat)
        rows.append((f"{label} browse", samples))
    samples = []
    for prefix in PREFIXES:
        samples += timed(client, "/api/search/suggest", {"q": prefix}, args.repeat)
    rows.append(("suggest", samples))
    # The search alone (match, filters, facets, snippets), without the request and page frame.
    anonymous = AnonymousUser()
    for kind, queries in QUERIES.items():
        samples = []
        for query in queries:
            for filters in FILTERS:
                # Parameters as a request carries them (a QueryDict: lists for `thema`).
                params = QueryDict(mutable=True)
                params.update({"q": query, **filters})
                for _ in range(args.repeat):
                    started = time.perf_counter()
                    result = service.search(params, anonymous, log=False)
                    samples.append((time.perf_counter() - started) * 1000)
                    assert not result.errors, (query, filters, result.errors)
        rows.append((f"engine {kind}", samples))

    print(f"load average: {' '.join(f'{x:.1f}' for x in os.getloadavg())} on {os.cpu_count()} CPUs")
    print(f"{'measure':<18} {'n':>5} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8}")
    for label, samples in rows:
        print(
            f"{label:<18} {len(samples):>5} {statistics.median(samples):>8.1f} "
            f"{percentile(samples, 0.95):>8.1f} {max(samples):>8.1f}"
        )


if __name__ == "__main__":
    main()
