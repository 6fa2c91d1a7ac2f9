"""Import speed: generate a 10,000-row CSV and import it into the active database.

    .venv/bin/python benchmarks/import_benchmark.py [--rows 10000]
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/famnrw_bench .venv/bin/python \
        benchmarks/import_benchmark.py

Without DATABASE_URL it uses a fresh SQLite file in a temporary folder. On PostgreSQL the named
database is dropped and created again: never point it at real data. Prints pages/s for the first
import (all pages created and published) and for a second run of the same file (all unchanged).
"""

import argparse
import csv
import os
import random
import re
import sys
import tempfile
import time
from collections import defaultdict
from functools import partial
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

PLACES = [
    ("Bad Driburg", "Kreis Höxter"),
    ("Beverungen", "Kreis Höxter"),
    ("Delbrück", "Kreis Paderborn"),
    ("Dortmund", ""),
    ("Gescher", "Kreis Borken"),
    ("Herne", ""),
    ("Lage", "Kreis Lippe"),
    ("Sendenhorst", "Kreis Warendorf"),
    ("Telgte", "Kreis Warendorf"),
    ("Rhede", "Kreis Borken"),
]
THEMES = ["Kinderbetreuung", "Bildung", "Familienzentren", "pflege-von-angehoerigen", "Jugend"]
WORDS = [
    "Familie",
    "Kinder",
    "Betreuung",
    "Netzwerk",
    "Stadt",
    "Beratung",
    "Eltern",
    "Schule",
    "Kita",
    "Angebot",
    "Verwaltung",
    "Projekt",
    "Jugend",
    "Pflege",
    "Quartier",
    "Ehrenamt",
    "Zentrum",
    "Bildung",
    "Sport",
    "Kultur",
]


def sentence(rng, words=12):
    return " ".join(rng.choice(WORDS) for _ in range(words)).capitalize() + "."


def write_csv(path, rows):
    rng = random.Random(9)
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(
            ["external_id", "title", "summary", "body", "municipality", "kreis", "course"]
            + ["year", "authors", "themes", "status", "target_groups"]
        )
        for number in range(rows):
            place, kreis = PLACES[number % len(PLACES)]
            body = "\n\n".join(sentence(rng, 40) for _ in range(3))
            writer.writerow(
                [
                    f"B-{number:05d}",
                    f"Praxisprojekt {number} {rng.choice(WORDS)}",
                    sentence(rng),
                    body,
                    place,
                    kreis,
                    f"Kurs {number % 5 + 1}",
                    2006 + number % 6,
                    "Anna Beispiel; Bernd Muster",
                    "; ".join(rng.sample(THEMES, 2)),
                    "umgesetzt",
                    "Alleinerziehende; Schulkinder",
                ]
            )


def prepare_database():
    url = os.environ.get("DATABASE_URL", "")
    if url.startswith("postgres"):
        import psycopg

        base, name = url.rsplit("/", 1)
        with psycopg.connect(f"{base}/postgres", autocommit=True) as connection:
            connection.execute(f'DROP DATABASE IF EXISTS "{name}"')
            connection.execute(f'CREATE DATABASE "{name}"')
        return None
    folder = tempfile.mkdtemp(prefix="import-benchmark-")
    os.environ["DATABASE_URL"] = f"sqlite:///{folder}/bench.sqlite3"
    return folder


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--profile", action="store_true", help="profile the first import")
    parser.add_argument(
        "--sql", action="store_true", help="time the first import's SQL per kind of statement"
    )
    args = parser.parse_args()
    prepare_database()
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.dev")
    os.environ.setdefault("LOG_LEVEL", "WARNING")
    import django

    django.setup()
    from django.conf import settings

    # As in production: with DEBUG on, Django keeps and formats the SQL of every query.
    settings.DEBUG = False
    from django.core.management import call_command
    from django.db import connection

    from demo.builders import ensure_child, ensure_site_root
    from home.models import HomePage
    from knowledge.models import PracticeProjectIndexPage, PracticeProjectPage, TargetGroup, Theme
    from knowledge.vocabulary import ensure_vocabulary
    from transfer.importer import import_projects
    from transfer.readers import read_table

    call_command("migrate", verbosity=0)
    ensure_vocabulary(Theme, TargetGroup)
    home, _ = ensure_site_root(HomePage, "start", title="Start")
    ensure_child(home, PracticeProjectIndexPage, "praxisprojekte", title="Praxisprojekte")

    path = Path(tempfile.mkdtemp(prefix="import-csv-")) / "projekte.csv"
    write_csv(path, args.rows)
    print(f"{connection.vendor}: {args.rows} rows, {path.stat().st_size / 1e6:.1f} MB")

    for label in ("first import (create + publish)", "second import (unchanged)"):
        started, cpu_started = time.perf_counter(), time.process_time()
        table = read_table(path.name, path.read_bytes())
        if args.profile and label.startswith("first"):
            import cProfile
            import pstats

            profiler = cProfile.Profile()
            report = profiler.runcall(import_projects, table, publish=True)
            stats = pstats.Stats(profiler)
            stats.sort_stats("cumulative").print_stats(
                r"transfer|modelsearch|wagtail|serializ|search/|psycopg", 45
            )
            stats.sort_stats("tottime").print_stats(30)
        elif args.sql and label.startswith("first"):
            timings = defaultdict(lambda: [0, 0.0])
            with connection.execute_wrapper(partial(_timed_sql, timings)):
                report = import_projects(table, publish=True)
            _print_sql(timings)
        else:
            report = import_projects(table, publish=True)
        seconds = time.perf_counter() - started
        cpu = time.process_time() - cpu_started
        assert not report.errors, report.errors[:3]
        # On a shared machine the wall clock includes waiting for a core; CPU time does not
        # (but leaves out the database server's own work on PostgreSQL).
        load = " ".join(f"{x:.1f}" for x in os.getloadavg())
        print(f"load average: {load} on {os.cpu_count()} CPUs")
        print(
            f"{label}: {seconds:.1f} s wall, {args.rows / seconds:.0f} rows/s; "
            f"{cpu:.1f} s CPU, {args.rows / cpu:.0f} rows per CPU second ({report.summary()})"
        )
    hits = PracticeProjectPage.objects.live().search("Praxisprojekt 4711")
    print(f"pages: {PracticeProjectPage.objects.count()}, search hits: {len(list(hits[:10]))}")


def _timed_sql(timings, execute, sql, params, many, context):
    """Add the statement's wall time (client and server) to its kind: verb and table."""
    started = time.perf_counter()
    try:
        return execute(sql, params, many, context)
    finally:
        match = re.match(r"\s*(\w+)\W+(?:\w+\W+)*?\"?(\w+_\w+)", sql)
        kind = " ".join(match.groups()) if match else sql[:40]
        timings[kind][0] += 1
        timings[kind][1] += time.perf_counter() - started


def _print_sql(timings):
    print(f"{'statement':<50} {'calls':>7} {'s':>7}")
    for kind, (calls, seconds) in sorted(timings.items(), key=lambda item: -item[1][1])[:15]:
        print(f"{kind:<50} {calls:>7} {seconds:>7.2f}")


if __name__ == "__main__":
    main()
