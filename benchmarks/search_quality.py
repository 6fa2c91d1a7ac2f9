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
rank 1.
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
        report("site search, alone", harness.evaluate_styles(search, pages), args.misses)
        if args.distractors:
            started = time.perf_counter()
            harness.load_distractors(args.distractors)
            print(
                f"{args.distractors} distractor pages generated and indexed in "
                f"{time.perf_counter() - started:.0f} s"
            )
            label = f"site search, +{args.distractors}"
            report(label, harness.evaluate_styles(search, pages), args.misses)
    finally:
        connection.creation.destroy_test_db(old_name, verbosity=0)


if __name__ == "__main__":
    main()
