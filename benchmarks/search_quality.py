"""Search quality on the German evaluation set: recall@10, MRR and zero hits per ranker.

    .venv/bin/python benchmarks/search_quality.py            # SQLite
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/DB .venv/bin/python benchmarks/search_quality.py

Creates a throw-away test database, loads the 48 practice projects and 57 judged queries of
tests/search/evaluation, and prints the figures of stock Wagtail search (Page.search on the
database backend), of the BM25 reference ranker over the German analysis and of the site's
search engine. `--misses` lists the queries that did not find everything at rank 1.
"""

import argparse
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.test")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--misses", action="store_true", help="list the queries with misses")
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
            f"{connection.vendor}: {len(pages)} pages, {len(harness.QUERIES)} queries "
            f"(loaded in {time.perf_counter() - started:.1f} s)"
        )
        harness.stock_index()
        rankers = [
            ("stock Wagtail (Page.search)", harness.stock_search),
            ("stock Wagtail, OR operator", harness.stock_search_or),
            ("reference BM25 + German analysis", harness.ReferenceRanker(pages.values())),
        ]
        rankers.append(("site search + German analysis", harness.engine_search()))
        for label, ranker in rankers:
            figures = harness.evaluate(ranker, pages)
            print(figures.line(label))
            if args.misses:
                for miss in figures.misses:
                    print("    ", miss)
    finally:
        connection.creation.destroy_test_db(old_name, verbosity=0)


if __name__ == "__main__":
    main()
