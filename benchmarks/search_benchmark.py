"""Search speed: p50/p95 of the page, the API and suggestions; indexing rate; memory.

Usage (the database must be a scratch one; pages are generated into it):

    DATABASE_URL=sqlite:////tmp/bench.sqlite3 .venv/bin/python \\
        benchmarks/search_benchmark.py --pages 10000
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/famnrw_bench .venv/bin/python \\
        benchmarks/search_benchmark.py --pages 100000 --keep

Targets (issue "Database search at the speed of its own index"): p95 of the page and the API,
with facets, over a mix of frequent, rare and no-hit queries with and without filters: <= 20 ms
at 10,000 pages and <= 60 ms at 100,000, and at most 1.5x the ranked top-10 alone on the same
index (printed as a ratio); suggestions p95 <= 5 ms at 100,000 pages; the resident size of the
process serving the searches printed, not growing with the number of searches served.

The municipalities are topped up to NRW's 427, all with coordinates (`ensure_places`).
`--keep` keeps an index that already holds the pages (no rebuild, no indexing rate). The
searches are timed in rounds over the whole mix (each query and filter once per round); the
first round after the index changed (the process loads its snapshot of the index and the
postings of the words searched) is timed apart.
"""

import argparse
import os
import statistics
import sys
import time
from collections import defaultdict
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
from search.models import SearchEntry  # noqa: E402

QUERIES = {
    # The words managers type most (issue 20), and longer ones.
    "frequent": [
        "Familie",
        "Pflege",
        "Kinderbetreuung",
        "Vereinbarkeit Beruf",
        "Jugend",
        "Ferienbetreuung",
        "Kinder Eltern",
        "Netzwerk Verwaltung Jugendamt",
        "Wie organisiere ich Ferienbetreuung für Schulkinder?",
    ],
    "rare": [
        "PX00042",
        "Projektkennung PX00777",
        "Rosendahl Familienpass",
        "Lesepaten Zülpich",
        "Demenz",
    ],
    "no-hit": ["Xylophonunterricht", "Quantenphysik Marsmission", '"a"b C++ -x'],
}
FILTERS = [{}, {"thema": "kinderbetreuung"}, {"kreis": "kreis-hoexter", "jahr": "2015"}]
PREFIXES = ["fa", "fer", "kind", "ros", "pfl", "bild", "netzw", "zü", "familienb", "x"]


def percentile(values, share):
    values = sorted(values)
    index = min(len(values) - 1, max(0, round(share * (len(values) - 1))))
    return values[index]


def timed(client, url, params):
    started = time.perf_counter()
    response = client.get(url, params)
    elapsed = (time.perf_counter() - started) * 1000
    assert response.status_code == 200, (url, params, response.status_code)
    return elapsed


def resident_mb():
    """The resident size of this process now (not its peak), in MB."""
    with open("/proc/self/statm") as statm:
        pages = int(statm.read().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE") / 1e6


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


NRW_MUNICIPALITIES = 427  # towns, Kreise and kreisfreie Städte


def ensure_places(count=NRW_MUNICIPALITIES):
    """Municipalities at the size of NRW's, all with coordinates: the generated pages name 42
    places without any, and a page that lists every place a radius search can start from, or
    labels every municipality, must be measured at its real size. Added places hold no pages."""
    from knowledge.models import Municipality

    Municipality.objects.filter(latitude__isnull=True).update(latitude=51.5, longitude=7.5)
    missing = count - Municipality.objects.count()
    Municipality.objects.bulk_create(
        Municipality(
            name=f"Gemeinde {number:03d}",
            slug=f"gemeinde-{number:03d}",
            kind=Municipality.Kind.MUNICIPALITY,
            latitude=50.4 + (number % 40) * 0.05,
            longitude=5.9 + (number // 40) * 0.25,
        )
        for number in range(1, missing + 1)
    )


def search_round(client, samples):
    """Every query with every filter once through the page and the API."""
    for url, label in (("/suche/", "page"), ("/api/search/", "api")):
        for kind, queries in QUERIES.items():
            for query in queries:
                for filters in FILTERS:
                    elapsed = timed(client, url, {"q": query, **filters})
                    samples[f"{label} {kind}"].append(elapsed)
                    samples[f"{label} mix"].append(elapsed)
        for filters in FILTERS:
            samples[f"{label} browse"].append(timed(client, url, filters))
    for prefix in PREFIXES:
        samples["suggest"].append(timed(client, "/api/search/suggest", {"q": prefix}))


def engine_round(samples):
    """The search alone (match, filters, facets, snippets), without the request and page."""
    anonymous = AnonymousUser()
    for kind, queries in QUERIES.items():
        for query in queries:
            for filters in FILTERS:
                # Parameters as a request carries them (a QueryDict: lists for `thema`).
                params = QueryDict(mutable=True)
                params.update({"q": query, **filters})
                started = time.perf_counter()
                result = service.search(params, anonymous, log=False)
                samples[f"engine {kind}"].append((time.perf_counter() - started) * 1000)
                assert not result.errors, (query, filters, result.errors)


def raw_round(samples):
    """The ranked top-10 of the same words alone, and the database's own full-text ranking."""
    for queries in QUERIES.values():
        for query in queries:
            for _filters in FILTERS:
                samples["raw ranked top-10"].append(raw_top10(query))
                samples["native ranked top-10"].append(native_top10(query))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--pages", type=int, default=1000)
    parser.add_argument("--rounds", type=int, default=10)
    parser.add_argument(
        "--long", action="store_true", help="pages of about 300 words (demo.longtext)"
    )
    parser.add_argument("--keep", action="store_true", help="keep an index that has the pages")
    args = parser.parse_args()

    ensure_database()
    call_command("migrate", verbosity=0)
    ensure_pages(args.pages, args.long)
    ensure_places()
    pages = PracticeProjectPage.objects.filter(live=True).count()
    print(f"backend={connection.vendor} pages={pages}")
    if not (args.keep and SearchEntry.objects.count() >= pages):
        started = time.perf_counter()
        indexed = indexing.rebuild()
        seconds = time.perf_counter() - started
        print(f"indexing: {indexed / seconds:.0f} pages/s ({indexed} pages, {seconds:.1f} s)")

    client = Client()
    # The first search after an index change: the process loads its snapshot of the index.
    started = time.perf_counter()
    client.get("/suche/", {"q": "Xylophonunterricht"})
    print(f"first search (loads the snapshot): {(time.perf_counter() - started) * 1000:.0f} ms")
    first = defaultdict(list)
    search_round(client, first)
    print(f"resident size after the first round: {resident_mb():.0f} MB")
    samples = defaultdict(list)
    middle = None
    for number in range(args.rounds):
        search_round(client, samples)
        engine_round(samples)
        raw_round(samples)
        if number == max(0, args.rounds // 2 - 1):
            middle = resident_mb()
    served = sum(len(v) for k, v in samples.items() if k.endswith(("mix", "browse", "suggest")))
    end = resident_mb()
    print(
        f"resident size: {middle:.0f} MB after half of the rounds, {end:.0f} MB after all "
        f"({served} requests)"
    )
    print(f"load average: {' '.join(f'{x:.1f}' for x in os.getloadavg())} on {os.cpu_count()} CPUs")
    print(f"{'measure':<22} {'n':>5} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8}")
    rows = [(f"{label} (first round)", first[label]) for label in ("page mix", "api mix")]
    rows += sorted(samples.items(), key=lambda item: ORDER.index(item[0].split()[0]))
    for label, values in rows:
        print(
            f"{label:<22} {len(values):>5} {statistics.median(values):>8.1f} "
            f"{percentile(values, 0.95):>8.1f} {max(values):>8.1f}"
        )
    for reference in ("raw ranked top-10", "native ranked top-10"):
        base = percentile(samples[reference], 0.95)
        for label in ("page mix", "api mix"):
            ratio = percentile(samples[label], 0.95) / base
            print(f"{label} p95 / {reference} p95: {ratio:.2f}")


ORDER = ["page", "api", "suggest", "engine", "raw", "native"]


def raw_top10(query):
    """Milliseconds of the ranking alone: the query's terms and weights, the pages that match
    and the top 10 among them; no filters, access rules, facets, text or page."""
    from search import engine, registry, snapshot, topk

    started = time.perf_counter()
    with connection.cursor() as cursor:
        state = snapshot.current(cursor)
        groups = engine.analyse(query, state)  # the vocabulary cache, as the page uses it
        if groups:
            weighted = engine._weighted_terms(groups, state)
            matches, postings = engine.matching(cursor, state, groups, weighted)
            ranker = topk.Ranker(
                cursor, weighted, len(groups), matches, state, registry.kind_weights(), postings
            )
            ranker.top(10)
    return (time.perf_counter() - started) * 1000


def native_top10(query):
    """Milliseconds of the database's own full-text ranking of the same words, cut to 10:
    FTS5's bm25 (SQLite) or ts_rank over the GIN index (PostgreSQL); any word may match."""
    from search import engine

    started = time.perf_counter()
    terms = [term for group in engine.analyse(query) for term in group.terms]
    if terms:
        with connection.cursor() as cursor:
            if connection.vendor == "postgresql":
                cursor.execute(
                    "SELECT page_id FROM search_searchentry, "
                    "to_tsquery('simple', %s) q WHERE search_vector @@ q "
                    "ORDER BY ts_rank(search_vector, q) DESC LIMIT 10",
                    [" | ".join(f"'{term}'" for term in terms)],
                )
            else:
                cursor.execute(
                    "SELECT rowid FROM search_fts WHERE search_fts MATCH %s ORDER BY rank LIMIT 10",
                    [" OR ".join(f'"{term}"' for term in terms)],
                )
            cursor.fetchall()
    return (time.perf_counter() - started) * 1000


if __name__ == "__main__":
    main()
