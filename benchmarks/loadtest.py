"""Load test: 50 concurrent users for 60 s over pages, search and API, on loopback (locust).

    pip install -e ".[bench]"
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/famnrw_bench \\
    REDIS_URL=redis://127.0.0.1:6379/5 \\
    .venv/bin/python benchmarks/loadtest.py [--host URL] [--users 50] [--seconds 60]

Without --host it starts gunicorn with the production settings itself (see server.py; run
page_benchmark.py first to create the 10,000 practice projects). Users wait 0.1-0.5 s between
requests. It prints p50/p95/p99 and throughput per endpoint and exits 1 on any error.
"""

import os
import random
import sys

if os.environ.get("LOADTEST_LOCUST_CHILD"):
    # Loaded by locust: the user classes and the report.
    from locust import FastHttpUser, between, events, task

    PROJECTS = os.environ.get("LOADTEST_PROJECTS", "").split()
    THEMES = os.environ.get("LOADTEST_THEMES", "").split()
    QUERIES = ["Ferienbetreuung", "Pflege", "Familienzentrum", "Kita Betreuung", "Bildung"]

    class Visitor(FastHttpUser):
        wait_time = between(0.1, 0.5)
        # As behind the TLS-terminating load balancer (see server.production_env).
        default_headers = {"X-Forwarded-Proto": "https"}

        def get(self, path, name):
            with self.client.get(path, name=name, catch_response=True) as response:
                if response.status_code != 200:
                    response.failure(f"HTTP {response.status_code}")

        @task(6)
        def project_page(self):
            self.get(random.choice(PROJECTS), "project page")

        @task(2)
        def home(self):
            self.get("/", "home page")

        @task(2)
        def project_listing(self):
            self.get(f"/praxisprojekte/?seite={random.randint(1, 20)}", "project listing")

        @task(1)
        def theme_page(self):
            if THEMES:
                self.get(random.choice(THEMES), "theme page")
            else:
                self.project_page()

        @task(2)
        def search_page(self):
            self.get(f"/suche/?q={random.choice(QUERIES)}", "search page")

        @task(1)
        def search_api(self):
            self.get(f"/api/search/?q={random.choice(QUERIES)}", "search API")

        @task(1)
        def suggestions(self):
            self.get(f"/api/search/suggest?q={random.choice(QUERIES)[:4]}", "suggest API")

        @task(1)
        def pages_api(self):
            self.get(
                "/api/v2/pages/?type=knowledge.PracticeProjectPage&limit=10"
                f"&offset={random.randint(0, 200)}",
                "pages API",
            )

    @events.quitting.add_listener
    def report(environment, **kwargs):
        stats = environment.stats
        duration = max(stats.total.last_request_timestamp - stats.total.start_time, 1e-9)
        print()
        print(
            f"{'endpoint':<18} {'requests':>9} {'errors':>7} {'req/s':>8} "
            f"{'p50 ms':>7} {'p95 ms':>7} {'p99 ms':>7}"
        )
        for entry in [*sorted(stats.entries.values(), key=lambda e: e.name), stats.total]:
            print(
                f"{entry.name:<18} {entry.num_requests:>9} {entry.num_failures:>7} "
                f"{entry.num_requests / duration:>8.1f} "
                f"{entry.get_response_time_percentile(0.5):>7.0f} "
                f"{entry.get_response_time_percentile(0.95):>7.0f} "
                f"{entry.get_response_time_percentile(0.99):>7.0f}"
            )
        for error in stats.errors.values():
            print(f"ERROR {error.method} {error.name}: {error.error} ×{error.occurrences}")
        environment.process_exit_code = 1 if stats.total.num_failures else 0


def sample_urls():
    """A few hundred project URLs and the theme page URLs, read from the database.

    Theme pages only where the site has a theme overview (a bare benchmark database has not).
    """
    import django

    django.setup()
    from knowledge.models import PracticeProjectPage, Theme, ThemeIndexPage

    pages = PracticeProjectPage.objects.live().only("id", "url_path", "path", "depth")[:500]
    overview = ThemeIndexPage.objects.live().order_by("pk").first()
    slugs = Theme.objects.values_list("slug", flat=True) if overview else []
    return [page.get_url() for page in pages], [f"{overview.url}{slug}/" for slug in slugs]


def main():
    import argparse
    import subprocess
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from benchmarks.server import conditions, gunicorn, production_env

    parser = argparse.ArgumentParser()
    parser.add_argument("--host")
    parser.add_argument("--users", type=int, default=50)
    parser.add_argument("--seconds", type=int, default=60)
    parser.add_argument("--workers", type=int)
    options = parser.parse_args()

    os.environ.update(production_env(PAGE_CACHE_ENABLED="true"))
    projects, themes = sample_urls()
    if not projects:
        sys.exit("No practice projects: run benchmarks/page_benchmark.py first.")
    child_env = {
        **os.environ,
        "LOADTEST_LOCUST_CHILD": "1",
        "LOADTEST_PROJECTS": " ".join(projects),
        "LOADTEST_THEMES": " ".join(themes),
    }
    locust = str(Path(sys.executable).with_name("locust"))

    def run(host):
        print(f"Load test: {options.users} users, {options.seconds} s, {host}; {conditions()}")
        command = [
            locust,
            "-f",
            __file__,
            "--headless",
            "--host",
            host,
            "-u",
            str(options.users),
            "-r",
            str(options.users),
            "-t",
            f"{options.seconds}s",
            "--only-summary",
            "--loglevel",
            "WARNING",
        ]
        return subprocess.run(command, env=child_env).returncode

    if options.host:
        code = run(options.host)
    else:
        with gunicorn(workers=options.workers) as base_url:
            code = run(base_url)
    print(f"Measured at {conditions()}")
    sys.exit(code)


if __name__ == "__main__":
    main()
