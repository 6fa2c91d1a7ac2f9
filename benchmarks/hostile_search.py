"""Hostile search input against normal queries: time and memory of one anonymous search.

A stranger controls `q` up to the form's limit (search.forms.MAX_QUERY_LENGTH). Before words were
capped, one word of 2,000-3,500 letters cost 17-31 s and 0.4-1.3 GB in one process. This script
times every input through the page (/suche/, which adds "Meinten Sie …?" when nothing is found)
and measures the peak of Python allocations while it runs (tracemalloc, a separate pass).

Usage (the database must be a scratch one; pages are generated into it):

    DATABASE_URL=sqlite:////tmp/bench.sqlite3 .venv/bin/python benchmarks/hostile_search.py
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/famnrw_bench .venv/bin/python \\
        benchmarks/hostile_search.py --pages 1000

Bound: the worst hostile input takes at most BOUND times the slowest normal query (p50) and
allocates at most BOUND times its peak; the exit status is 1 otherwise. The slowest normal query
is three misspelt compounds, the most typo help any query gets (analysis.MAX_TYPO_WORDS words of
at most analysis.TYPO_MAX_LENGTH letters); nothing a stranger types costs more.

Measured 2026-12 on SQLite, 200 pages, 2 shared CPUs: the worst hostile input 12.6 ms / 599 KiB
against 10.5 ms / 487 KiB for the three misspelt compounds (1.2x each).
"""

import argparse
import os
import statistics
import sys
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.test")

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402

from benchmarks.search_benchmark import ensure_database, ensure_pages  # noqa: E402
from search import indexing  # noqa: E402
from search.forms import MAX_QUERY_LENGTH  # noqa: E402

BOUND = 2.0
LIMIT = MAX_QUERY_LENGTH
NORMAL = {
    "one word": "Familie",
    "question": "Wie organisiere ich Ferienbetreuung für Schulkinder?",
    "typo": "Ferienbetreung Pflge",
    # Three misspelt compounds: as much typo help as any query gets (MAX_TYPO_WORDS).
    "long typos": "Familienberichterstatung Kindertagesbetreung Ganztagsschulbetreung",
    "no hit": "Xylophonunterricht Quantenphysik",
}
HOSTILE = {
    "one word of x": "x" * LIMIT,
    "one word of ä": "ä" * LIMIT,
    "ligatures ﬃ": "ﬃ" * LIMIT,
    "random letters": "".join(chr(97 + (i * 7919) % 26) for i in range(LIMIT)),
    "hyphen chain": ("ab-" * LIMIT)[:LIMIT],
    # Distinct unknown words of the longest length that still gets typo help.
    "30-letter words": " ".join(
        "".join(chr(97 + (i * 7 + j) % 26) for j in range(30)) for i in range(16)
    ),
    "4-letter words": ("qwrt " * LIMIT)[:LIMIT].strip(),
    "digits": "7" * LIMIT,
}


def measure(client, query, repeat):
    """(p50 ms, peak KiB) of GET /suche/?q=query; the response must be 200."""
    samples = []
    for _ in range(repeat):
        started = time.perf_counter()
        response = client.get("/suche/", {"q": query})
        samples.append((time.perf_counter() - started) * 1000)
        assert response.status_code == 200, (query[:40], response.status_code)
    tracemalloc.start()
    client.get("/suche/", {"q": query})
    _current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return statistics.median(samples), peak / 1024


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--pages", type=int, default=300)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()

    ensure_database()
    call_command("migrate", verbosity=0)
    ensure_pages(args.pages)
    indexing.rebuild()
    client = Client()
    client.get("/suche/", {"q": "Familie"})  # warm: vocabularies, word lists, site root

    print(f"backend={connection.vendor} form limit={LIMIT} characters")
    print(f"load average: {' '.join(f'{x:.1f}' for x in os.getloadavg())} on {os.cpu_count()} CPUs")
    print(f"{'input':<18} {'p50 ms':>8} {'peak KiB':>9}")
    figures = {}
    for group in (NORMAL, HOSTILE):
        for label, query in group.items():
            figures[label] = measure(client, query, args.repeat)
            print(f"{label:<18} {figures[label][0]:>8.1f} {figures[label][1]:>9.0f}")
    normal_ms = max(figures[label][0] for label in NORMAL)
    normal_kib = max(figures[label][1] for label in NORMAL)
    worst_ms = max(figures[label][0] for label in HOSTILE)
    worst_kib = max(figures[label][1] for label in HOSTILE)
    print(
        f"worst hostile / slowest normal: time {worst_ms / normal_ms:.2f}x, "
        f"memory {worst_kib / normal_kib:.2f}x (bound {BOUND}x each)"
    )
    if worst_ms > BOUND * normal_ms or worst_kib > BOUND * normal_kib:
        print("BOUND EXCEEDED")
        sys.exit(1)


if __name__ == "__main__":
    main()
