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


def ensure_pages(count, long=False):
    existing = PracticeProjectPage.objects.count()
    if existing < count:
        options = ["--long"] if long else []
        call_command(
            "generate_practice_projects",
            count - existing,
            "--no-index",
            *options,
            seed=existing + 1,
        )


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--pages", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=10)
    parser.add_argument(
        "--long", action="store_true", help="pages of about 300 words (demo.longtext)"
    )
    args = parser.parse_args()

    ensure_database()
    call_command("migrate", verbosity=0)
    ensure_pages(args.pages, args.long)
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
    # The index's own ranked top-10 for the same words, without filters, access, facets,
    # snippets or the page: what the database costs; the page and API are measured against it.
    raw = []
    for queries in QUERIES.values():
        for query in queries:
            for _ in range(args.repeat * len(FILTERS)):
                raw.append(raw_top10(query))
    rows.append(("raw ranked top-10", raw))
    import resource

    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak resident size of this process (serving every request above): {rss:.0f} MB")

    print(f"load average: {' '.join(f'{x:.1f}' for x in os.getloadavg())} on {os.cpu_count()} CPUs")
    print(f"{'measure':<18} {'n':>5} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8}")
    for label, samples in rows:
        print(
            f"{label:<18} {len(samples):>5} {statistics.median(samples):>8.1f} "
            f"{percentile(samples, 0.95):>8.1f} {max(samples):>8.1f}"
        )
    measured = dict(rows)
    raw_p95 = percentile(raw, 0.95)
    for label in ("page mix", "api mix"):
        ratio = percentile(measured[label], 0.95) / raw_p95
        print(f"{label} p95 / raw ranked top-10 p95: {ratio:.1f}")


def raw_top10(query):
    """Milliseconds of the ranking statement alone, ordered and cut to 10 in the database."""
    from search import engine, facets, ranking

    started = time.perf_counter()
    groups = engine.analyse(query)
    with connection.cursor() as cursor:
        if groups:
            weighted = engine._weighted_terms(groups, facets.current(cursor))
            if weighted:
                sql, params = ranking.scores_sql(weighted, len(groups), engine._phrases_sql(groups))
                top = f"SELECT page_id FROM ({sql}) r ORDER BY score DESC LIMIT 10"  # noqa: S608
                cursor.execute(top, params)
                cursor.fetchall()
    return (time.perf_counter() - started) * 1000


if __name__ == "__main__":
    main()
