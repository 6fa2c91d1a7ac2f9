#!/usr/bin/env python
"""The failover drill: two OpenSearch nodes with one replica; one node stops, the search answers.

    .venv/bin/python scripts/search_drill.py [--pages 2000] [--keep]

1. Starts two nodes of one cluster on 127.0.0.1:9211 and :9212 (`scripts/services.sh
   opensearch-cluster`; OpenSearch from Maven Central on first use).
2. Fills a throw-away SQLite database (in memory) with generated practice projects and indexes
   them into the cluster: two shards, one replica each, so every shard has a copy on both nodes.
3. Runs the drill queries through the site's search (`search.service.search`, as the search
   page does) with the client knowing both nodes, and keeps totals, hits and facet counts.
4. Stops the node that is not the cluster manager, waits until the cluster has noticed, and runs
   the same queries again: the same totals, the same hits in the same order, the same facet
   counts, and no fallback to the database search. An update sent meanwhile is searchable.
5. Starts the node again and waits for green; stops both nodes at the end (`--keep`: leaves
   them running).

Exits with 1 and says what differed if the search did not survive. A two-node cluster cannot
elect a new cluster manager when the manager itself fails (reads go on, writes wait): see
docs/deployment.md for sizing a real cluster.
"""

import argparse
import json
import os
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
# The pages live in a throw-away SQLite database in memory.
os.environ.pop("DATABASE_URL", None)
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.test")

NODES = {"drill-1": "http://127.0.0.1:9211", "drill-2": "http://127.0.0.1:9212"}
QUERIES = [
    {"q": "Familie"},
    {"q": "Ferienbetreuung", "thema": "kinderbetreuung"},
    {"q": "Kinder Eltern", "kreis": "kreis-hoexter"},
    {"q": "Pflegeberatung für Angehörige"},
    {"q": "Xylophonunterricht"},
    {},
]


def services(*args):
    subprocess.run([str(ROOT / "scripts" / "services.sh"), *args], check=True)  # noqa: S603


def get(url, path):
    with urllib.request.urlopen(f"{url}{path}", timeout=90) as answer:  # noqa: S310 - local node
        return json.load(answer)


def say(text):
    print(f"[drill] {text}", flush=True)


def snapshot():
    """{query: (total, hit ids, facet counts, fell back?)} of the drill queries, anonymous."""
    from django.contrib.auth.models import AnonymousUser
    from django.http import QueryDict

    from search import service

    answers = {}
    for params in QUERIES:
        query = QueryDict(mutable=True)
        query.update(params)
        result = service.search(query, AnonymousUser(), log=False)
        facets = {
            name: [(value.value, value.count) for value in values]
            for name, values in result.facets.items()
        }
        key = json.dumps(params, ensure_ascii=False)
        answers[key] = (result.count, [hit.page_id for hit in result.hits], facets, result.fallback)
    return answers


def compare(before, after):
    problems = []
    for key, (total, hits, facets, fallback) in after.items():
        old_total, old_hits, old_facets, _ = before[key]
        if fallback:
            problems.append(f"{key}: the database search answered, not the cluster")
        if (total, hits) != (old_total, old_hits):
            problems.append(f"{key}: {total} hits {hits[:5]} instead of {old_total} {old_hits[:5]}")
        if facets != old_facets:
            problems.append(f"{key}: other facet counts")
    return problems


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=2000)
    parser.add_argument("--keep", action="store_true", help="leave both nodes running")
    args = parser.parse_args()

    say("starting two OpenSearch nodes (9211, 9212) ...")
    services("opensearch-cluster")
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection
    from django.test.utils import override_settings

    from search import backends, indexing

    old_name = connection.settings_dict["NAME"]
    connection.creation.create_test_db(verbosity=0, autoclobber=True)
    config = {
        "BACKEND": "search.backends.opensearch.OpenSearchBackend",
        "URLS": list(NODES.values()),
        "INDEX_PREFIX": "famnrw_drill_",
        "TIMEOUT": 5,
        "SHARDS": 2,
        "REPLICAS": 1,
        "SYNC": "immediate",
    }
    problems = []
    try:
        call_command("generate_practice_projects", args.pages, "--no-index", verbosity=0)
        indexing.rebuild()
        with override_settings(SEARCH_ENGINE=config):
            backend = backends.engine()
            count = backend.rebuild()
            say(f"{count} pages indexed: 2 shards, 1 replica each, on {len(NODES)} nodes")
            health = get(NODES["drill-1"], "/_cluster/health?wait_for_status=green&timeout=60s")
            say(f"cluster {health['status']} with {health['number_of_nodes']} nodes")
            started = time.perf_counter()
            before = snapshot()
            say(f"drill queries answered in {time.perf_counter() - started:.1f} s (both nodes)")
            manager = get(NODES["drill-1"], "/_cat/cluster_manager?format=json")[0]["node"]
            victim = next(name for name in NODES if name != manager)
            survivor = NODES[manager]
            say(f"stopping {victim} (the cluster manager is {manager}) ...")
            started = time.perf_counter()
            services("opensearch-stop", victim)
            health = get(
                survivor, "/_cluster/health?wait_for_nodes=1&wait_for_status=yellow&timeout=60s"
            )
            say(
                f"cluster {health['status']} with {health['number_of_nodes']} node, "
                f"{health['unassigned_shards']} shard copies unassigned, "
                f"{time.perf_counter() - started:.1f} s after the stop began"
            )
            started = time.perf_counter()
            after = snapshot()
            say(f"drill queries answered in {time.perf_counter() - started:.1f} s")
            problems = compare(before, after)
            for key, (total, _hits, _facets, _fallback) in after.items():
                say(f"  {key}: {total} hits (before: {before[key][0]})")
            # A change while a node is down reaches the search as well: within the refresh
            # interval (1 s), as in production, not at once.
            page = backend_page()
            page.title = "Notfallprobe Familienpass"
            started = time.perf_counter()
            page.save_revision().publish()
            found, waited = wait_for_hit("Notfallprobe", page.pk)
            if found != [page.pk]:
                problems.append(
                    f"an update while a node was down was not found within {waited:.1f} s: "
                    f"{found} ({queued()} changes still queued)"
                )
            else:
                say(f"an update published meanwhile is found after {waited:.1f} s")
            say(f"starting {victim} again ...")
            services("opensearch-cluster")
            health = get(survivor, "/_cluster/health?wait_for_status=green&timeout=120s")
            say(f"cluster {health['status']} again with {health['number_of_nodes']} nodes")
            backend.drop()
    finally:
        connection.creation.destroy_test_db(old_name, verbosity=0)
        if not args.keep:
            for name in NODES:
                services("opensearch-stop", name)
    if problems:
        for problem in problems:
            say(f"FAILED: {problem}")
        return 1
    say("passed: with one node stopped the search answered with every hit")
    return 0


def backend_page():
    from knowledge.models import PracticeProjectPage

    return PracticeProjectPage.objects.live().order_by("pk").first()


def snapshot_of(text):
    """Hit ids of `text` from the cluster (None if the database search answered instead)."""
    from django.contrib.auth.models import AnonymousUser

    from search import service

    result = service.search({"q": text}, AnonymousUser(), log=False)
    return None if result.fallback else [hit.page_id for hit in result.hits]


def wait_for_hit(text, pk, seconds=10.0):
    """(hit ids of `text`, seconds waited): polls until `pk` is the only hit or time is up."""
    started = time.perf_counter()
    while True:
        found = snapshot_of(text)
        waited = time.perf_counter() - started
        if found == [pk] or waited >= seconds:
            return found, waited
        time.sleep(0.2)


def queued():
    from search.models import EngineUpdate

    return EngineUpdate.objects.count()


if __name__ == "__main__":
    sys.exit(main())
