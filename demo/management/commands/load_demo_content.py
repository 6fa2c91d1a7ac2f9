import logging
from importlib import import_module

from django.core.management.base import BaseCommand
from django.db import transaction

from demo.content import MODULES
from demo.indexing import deferred_indexing


class Command(BaseCommand):
    help = "Create the German demo content. Idempotent: a second run creates nothing."

    def handle(self, *args, **options):
        created = []
        seen = 0

        def report(label, was_created):
            nonlocal seen
            seen += 1
            if was_created:
                created.append(label)

        # One index update per object at the end, not one per save: keeps loading fast.
        # Wagtail's audit line per page and revision ("Page created", "Published") is left out
        # unless asked for with -v 2: the summary below says what happened.
        audit = logging.getLogger("wagtail")
        level = audit.level
        if options["verbosity"] < 2:
            audit.setLevel(logging.WARNING)
        try:
            with transaction.atomic(), deferred_indexing():
                for module in MODULES:
                    import_module(module).load(report)
        finally:
            audit.setLevel(level)

        verbosity = options["verbosity"]
        if verbosity > 1:
            for label in created:
                self.stdout.write(f"  created: {label}")
        self.stdout.write(
            self.style.SUCCESS(
                f"Demo content: {len(created)} created, {seen - len(created)} present."
            )
        )
