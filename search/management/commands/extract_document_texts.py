"""Read the text of every document (PDF) for the search; unchanged files are skipped."""

from django.core.management.base import BaseCommand
from wagtail.documents import get_document_model

from search.documents import reindex_pages_with, update_document_text


class Command(BaseCommand):
    help = (
        "Liest den Text aller Dokumente (PDF) für die Suche; "
        "unveränderte Dateien werden übersprungen."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--force", action="store_true", help="Auch unveränderte Dateien neu lesen."
        )
        parser.add_argument(
            "--no-reindex",
            action="store_true",
            help="Die Seiten mit geänderten Dokumenten nicht neu indizieren.",
        )

    def handle(self, *args, force=False, no_reindex=False, **options):
        read = skipped = 0
        for document in get_document_model().objects.order_by("pk").iterator():
            if update_document_text(document, force=force):
                read += 1
                if not no_reindex:
                    reindex_pages_with(document)
            else:
                skipped += 1
        self.stdout.write(f"{read} Dokumente gelesen, {skipped} unverändert übersprungen.")
