"""Rebuild the site search's index from the live pages, then a search cluster's from it."""

import time

from django.core.management.base import BaseCommand, CommandError

from search import backends, indexing


class Command(BaseCommand):
    help = (
        "Baut den Suchindex der Website aus allen veröffentlichten Seiten neu auf, "
        "danach den Index der Suchmaschine (OpenSearch/Elasticsearch), falls eingerichtet."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--engine-only",
            action="store_true",
            help="Nur den Index der Suchmaschine aus dem Datenbank-Index neu aufbauen.",
        )

    def handle(self, *args, engine_only=False, **options):
        verbose = options["verbosity"] > 0
        engine = backends.engine()
        if engine_only and not backends.uses_cluster():
            raise CommandError("Es ist keine Suchmaschine eingerichtet (OPENSEARCH_URL).")
        if not engine_only:
            self.run("Datenbank", indexing.rebuild, verbose)
        if backends.uses_cluster():
            try:
                self.run(engine.name, engine.rebuild, verbose)
            except backends.EngineUnavailable as error:
                raise CommandError(f"Die Suchmaschine ist nicht erreichbar: {error}") from error

    def run(self, label, rebuild, verbose):
        started = time.perf_counter()
        count = rebuild(
            progress=lambda n: (
                self.stdout.write(f"  {label}: {n} Seiten …") if verbose and n % 2000 == 0 else None
            )
        )
        seconds = time.perf_counter() - started
        rate = count / seconds if seconds else 0
        if verbose:
            self.stdout.write(
                self.style.SUCCESS(
                    f"{label}: {count} Seiten in {seconds:.1f} s indexiert ({rate:.0f} Seiten/s)."
                )
            )
