"""Rebuild the site search index from the live pages (after imports or analysis changes)."""

import time

from django.core.management.base import BaseCommand

from search import indexing


class Command(BaseCommand):
    help = "Baut den Suchindex der Website aus allen veröffentlichten Seiten neu auf."

    def handle(self, *args, **options):
        started = time.perf_counter()
        verbose = options["verbosity"] > 0
        count = indexing.rebuild(
            progress=lambda n: (
                self.stdout.write(f"  {n} Seiten …") if verbose and n % 2000 == 0 else None
            )
        )
        seconds = time.perf_counter() - started
        rate = count / seconds if seconds else 0
        if not verbose:
            return
        self.stdout.write(
            self.style.SUCCESS(
                f"{count} Seiten in {seconds:.1f} s indexiert ({rate:.0f} Seiten/s)."
            )
        )
