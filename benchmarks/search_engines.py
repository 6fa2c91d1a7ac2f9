"""The search engines side by side on the same pages: the database search and OpenSearch.

Usage (the database must be a scratch one; pages are generated into it, the cluster gets
indexes of its own prefix, dropped at the end):

    DATABASE_URL=sqlite:////tmp/engines.sqlite3 .venv/bin/python \\
        benchmarks/search_engines.py --pages 10000
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/famnrw_engines .venv/bin/python \\
        benchmarks/search_engines.py --pages 100000 --opensearch http://127.0.0.1:9200

Per engine: the search with facets as the search page asks for it (`search.service.search`:
match, filters, access, total, every facet, snippets, the hits re-checked against the pages)
for frequent, rare and no-hit queries, each alone and with two filter sets; suggestions; the
rate of a full (re)indexing; the memory. The database engine's figures are those of the
database in DATABASE_URL; OpenSearch's are those of the node at --opensearch.

Targets for OpenSearch at 100,000 pages: search p95 <= 25 ms with facets, bulk indexing
>= 1,000 pages/s.
"""

import argparse
import json
import os
import statistics
import sys
import time
import urllib.request
import uuid
from pathlib import Path
from urllib.parse import urlencode

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.test")

import django  # noqa: E402

django.setup()

from django.contrib.auth.models import AnonymousUser  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.http import QueryDict  # noqa: E402
from django.test.utils import override_settings  # noqa: E402

from benchmarks.search_benchmark import (  # noqa: E402
    FILTERS,
    PREFIXES,
    QUERIES,
    ensure_database,
    ensure_pages,
    ensure_places,
    percentile,
)
from knowledge.models import PracticeProjectPage  # noqa: E402
from search import backends, indexing, service, suggest  # noqa: E402
from search.models import SearchEntry  # noqa: E402


def measure(repeat):
    """{measure: milliseconds of each call} of the configured engine."""
    anonymous = AnonymousUser()
    rows = {}
    # Warm up, untimed, as a site in service is: the facet vocabulary, the engine's client,
    # a freshly built index's files in memory (one round of every query).
    for queries in QUERIES.values():
        for query in queries:
            service.search(QueryDict(urlencode({"q": query})), anonymous, log=False)
    for kind, queries in QUERIES.items():
        samples = []
        for query in queries:
            for filters in FILTERS:
                params = QueryDict(mutable=True)
                params.update({"q": query, **filters})
                for _ in range(repeat):
                    started = time.perf_counter()
                    result = service.search(params, anonymous, log=False)
                    samples.append((time.perf_counter() - started) * 1000)
                    assert not result.errors and not result.fallback, (query, filters)
        rows[f"search {kind}"] = samples
    rows["search mix"] = [ms for kind in QUERIES for ms in rows[f"search {kind}"]]
    samples = []
    for prefix in PREFIXES:
        for _ in range(repeat):
            started = time.perf_counter()
            suggest.suggestions(prefix, anonymous)
            samples.append((time.perf_counter() - started) * 1000)
    rows["suggest"] = samples
    return rows


def cluster_config(url, prefix):
    return {
        "BACKEND": "search.backends.opensearch.OpenSearchBackend",
        "URLS": [url],
        "INDEX_PREFIX": prefix,
        "TIMEOUT": 10,
        "SYNC": "immediate",
    }


def node_memory(url):
    """(heap used MB, resident MB or None, heap max MB) of the node(s) behind `url`."""
    with urllib.request.urlopen(f"{url}/_nodes/stats/jvm,process", timeout=10) as answer:  # noqa: S310
        nodes = json.load(answer)["nodes"].values()
    heap = sum(node["jvm"]["mem"]["heap_used_in_bytes"] for node in nodes) / 2**20
    heap_max = sum(node["jvm"]["mem"]["heap_max_in_bytes"] for node in nodes) / 2**20
    resident = 0.0
    with urllib.request.urlopen(f"{url}/_nodes/process", timeout=10) as answer:  # noqa: S310
        for node in json.load(answer)["nodes"].values():
            try:
                status = Path(f"/proc/{node['process']['id']}/status").read_text()
            except OSError:
                return heap, None, heap_max  # not on this machine
            resident += int(
                next(x for x in status.splitlines() if x.startswith("VmRSS")).split()[1]
            )
    return heap, resident / 1024, heap_max


def index_size(backend):
    stats = backend.call("indices.stats", index=backend.alias, metric="store,docs")
    primaries = stats["_all"]["primaries"]
    return primaries["store"]["size_in_bytes"] / 2**20, primaries["docs"]["count"]


def database_size():
    """MB the database engine's index takes on disk (its tables and indexes)."""
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute(
                "SELECT sum(pg_total_relation_size(c.oid)) FROM pg_class c "
                "WHERE c.relkind = 'r' AND c.relname LIKE 'search\\_%%'"
            )
            return (cursor.fetchone()[0] or 0) / 2**20
        try:
            cursor.execute(
                "SELECT sum(pgsize) FROM dbstat WHERE name LIKE 'search\\_%' ESCAPE '\\' "
                "OR name LIKE 'sqlite_autoindex_search\\_%' ESCAPE '\\'"
            )
            return (cursor.fetchone()[0] or 0) / 2**20
        except Exception:  # noqa: BLE001 - SQLite built without dbstat
            return float("nan")


def table(title, rows):
    print(title)
    print(f"  {'measure':<16} {'n':>5} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8}")
    for label, samples in rows.items():
        print(
            f"  {label:<16} {len(samples):>5} {statistics.median(samples):>8.1f} "
            f"{percentile(samples, 0.95):>8.1f} {max(samples):>8.1f}"
        )


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--long", action="store_true", help="pages of about 300 words")
    parser.add_argument(
        "--opensearch", default=os.environ.get("OPENSEARCH_URL", "http://127.0.0.1:9200")
    )
    parser.add_argument(
        "--prefix",
        help="index prefix of the cluster (default: a new one); an index already behind it is "
        "searched as it is, not rebuilt",
    )
    parser.add_argument("--keep", action="store_true", help="keep the cluster's index at the end")
    parser.add_argument(
        "--cluster-only", action="store_true", help="skip the database engine's figures"
    )
    args = parser.parse_args()

    ensure_database()
    call_command("migrate", verbosity=0)
    ensure_pages(args.pages, args.long)
    ensure_places()
    pages = PracticeProjectPage.objects.filter(live=True).count()
    print(f"{connection.vendor}: {pages} pages; load average {os.getloadavg()[0]:.1f}")

    if not args.cluster_only:
        database_engine(args.repeat)
    elif SearchEntry.objects.count() < pages:
        # The cluster's index is built from the database index.
        started = time.perf_counter()
        indexed = indexing.rebuild()
        seconds = time.perf_counter() - started
        print(f"database index built for the cluster: {indexed} pages in {seconds:.0f} s")
    prefix = args.prefix or f"famnrw_bench_{uuid.uuid4().hex[:8]}_"
    config = cluster_config(args.opensearch, prefix)
    with override_settings(SEARCH_ENGINE=config):
        backend = backends.engine()
        try:
            if backend.live_indexes():
                size, docs = index_size(backend)
                print(f"opensearch: the index behind {backend.alias} ({docs} documents) as it is")
                table("opensearch", measure(args.repeat))
                print(f"load average {os.getloadavg()[0]:.1f}")
                return
            finishing = []
            finish = backend._finish_build

            def timed_finish(name):
                finishing.append(time.perf_counter())
                finish(name)
                finishing.append(time.perf_counter())

            backend._finish_build = timed_finish
            started = time.perf_counter()
            count = backend.rebuild()
            seconds = time.perf_counter() - started
            bulk = finishing[0] - started
            print(
                f"opensearch: bulk indexing {count / bulk:.0f} pages/s ({bulk:.0f} s, read from "
                f"the database index); with refresh, merge and alias swap {count / seconds:.0f} "
                f"pages/s ({seconds:.0f} s)"
            )
            size, docs = index_size(backend)
            print(f"opensearch: index {size:.0f} MB for {docs} documents")
            rows = measure(args.repeat)
            heap, resident, heap_max = node_memory(args.opensearch)
            table("opensearch", rows)
            print(
                f"opensearch node: heap used {heap:.0f} of {heap_max:.0f} MB, resident "
                + (f"{resident:.0f} MB" if resident is not None else "unknown")
            )
            mix = percentile(rows["search mix"], 0.95)
            print(f"opensearch search mix p95 {mix:.1f} ms (target at 100,000 pages: <= 25 ms)")
            print(f"load average {os.getloadavg()[0]:.1f}")
        finally:
            if not args.keep:
                backend.drop()


def database_engine(repeat):
    started = time.perf_counter()
    indexed = indexing.rebuild()
    seconds = time.perf_counter() - started
    print(f"database engine: indexing {indexed / seconds:.0f} pages/s ({seconds:.0f} s)")
    print(f"database engine: index on disk {database_size():.0f} MB")
    with override_settings(SEARCH_ENGINE=None):
        table("database engine", measure(repeat))

    import resource

    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak resident size of this process so far: {rss:.0f} MB")


if __name__ == "__main__":
    main()
