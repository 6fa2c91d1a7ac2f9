"""Search quality on the German evaluation set: recall@10, MRR and zero hits per ranker.

    .venv/bin/python benchmarks/search_quality.py                       # SQLite
    .venv/bin/python benchmarks/search_quality.py --distractors 10000   # and with 10,000 pages
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/DB .venv/bin/python benchmarks/search_quality.py

Creates a throw-away test database, loads the judged collection of tests/search/evaluation
(practice projects, news, events, a working-group result) and its judged queries, and prints
the figures of the site's search per query style (keyword, paraphrase): first on the judged
collection alone, then, with `--distractors N`, with N generated long many-topic pages beside
it (deterministic, `demo.longtext`). `--stock` adds stock Wagtail search and the BM25 reference
ranker on the collection alone; `--misses` lists the queries that did not find everything at
rank 1. `--opensearch URL` measures the same queries on an OpenSearch node as well (indexes of
a throw-away prefix, dropped at the end), side by side with the database search, ranked in
one pass and in the two passes the cluster uses in large collections (`query.TWO_PASS_FROM`):

    .venv/bin/python benchmarks/search_quality.py --opensearch http://127.0.0.1:9200 \
        --distractors 3000
"""

import argparse
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.test")


def report(label, figures, misses):
    for style, result in figures.items():
        print(result.line(f"{label}, {style}"))
    if misses:
        for miss in figures["all"].misses:
            print("    ", miss)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--misses", action="store_true", help="list the queries with misses")
    parser.add_argument("--stock", action="store_true", help="also stock Wagtail and BM25")
    parser.add_argument("--distractors", type=int, default=0, help="generated pages beside it")
    parser.add_argument("--opensearch", default="", help="URL of an OpenSearch node to compare")
    args = parser.parse_args()

    import django

    django.setup()
    from django.db import connection
    from django.test.utils import setup_test_environment

    from tests.search.evaluation import harness

    setup_test_environment()
    old_name = connection.settings_dict["NAME"]
    connection.creation.create_test_db(verbosity=0, autoclobber=True)
    try:
        started = time.perf_counter()
        pages = harness.load_corpus()
        print(
            f"{connection.vendor}: {len(pages)} pages, {len(harness.JUDGED)} queries "
            f"(loaded in {time.perf_counter() - started:.1f} s)"
        )
        if args.stock:
            harness.stock_index()
            for label, ranker in (
                ("stock Wagtail (Page.search)", harness.stock_search),
                ("stock Wagtail, OR operator", harness.stock_search_or),
                ("reference BM25", harness.ReferenceRanker(pages.values())),
            ):
                print(harness.evaluate(ranker, pages).line(label))
        search = harness.engine_search()
        engines = Engines(args.opensearch)
        try:
            engines.report("alone", search, pages, args.misses)
            if args.distractors:
                started = time.perf_counter()
                harness.load_distractors(args.distractors)
                print(
                    f"{args.distractors} distractor pages generated and indexed in "
                    f"{time.perf_counter() - started:.0f} s"
                )
                engines.report(f"+{args.distractors}", search, pages, args.misses)
        finally:
            engines.close()
    finally:
        connection.creation.destroy_test_db(old_name, verbosity=0)


class Engines:
    """The database search, and an OpenSearch node when a URL is given."""

    def __init__(self, url):
        self.config = None
        if url:
            import uuid

            prefix = os.environ.get("SEARCH_INDEX_PREFIX", "famnrw_quality_")
            self.config = {
                "BACKEND": "search.backends.opensearch.OpenSearchBackend",
                "URLS": [url],
                "INDEX_PREFIX": f"{prefix}{uuid.uuid4().hex[:8]}_",
                "TIMEOUT": 30,
                "SYNC": "immediate",
            }

    def report(self, label, search, pages, misses):
        from django.test.utils import override_settings

        from tests.search.evaluation import harness

        with override_settings(SEARCH_ENGINE=None):
            report(f"database, {label}", harness.evaluate_styles(search, pages), misses)
        if self.config:
            from search import backends
            from search.backends import query

            with override_settings(SEARCH_ENGINE=self.config):
                backends.engine().rebuild()
                threshold = query.TWO_PASS_FROM
                try:
                    for name, pages_from in (("one pass", 10**12), ("two passes", 0)):
                        query.TWO_PASS_FROM = pages_from
                        figures = harness.evaluate_styles(search, pages)
                        report(f"opensearch {name}, {label}", figures, misses)
                finally:
                    query.TWO_PASS_FROM = threshold

    def close(self):
        if self.config:
            from django.test.utils import override_settings

            from search import backends

            with override_settings(SEARCH_ENGINE=self.config):
                backends.engine().drop()


if __name__ == "__main__":
    main()
