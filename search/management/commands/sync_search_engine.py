"""Send the queued page changes to the search cluster (after an outage, from cron, or always)."""

import time

from django.core.management.base import BaseCommand, CommandError

from search import backends
from search.backends import sync


class Command(BaseCommand):
    help = (
        "Überträgt ausstehende Änderungen an die Suchmaschine (OpenSearch/Elasticsearch); "
        "mit --watch fortlaufend."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--watch", action="store_true", help="Fortlaufend arbeiten, bis der Prozess endet."
        )
        parser.add_argument(
            "--interval", type=float, default=5.0, help="Sekunden zwischen zwei Runden (--watch)."
        )

    def handle(self, *args, watch=False, interval=5.0, **options):
        if not backends.uses_cluster():
            raise CommandError("Es ist keine Suchmaschine eingerichtet (OPENSEARCH_URL).")
        while True:
            sent, left, _next = sync.drain(everything=not watch)
            if options["verbosity"] > 0 and (sent or left or not watch):
                self.stdout.write(f"{sent} Seiten übertragen, {left} ausstehend.")
            if not watch:
                return
            time.sleep(interval)
