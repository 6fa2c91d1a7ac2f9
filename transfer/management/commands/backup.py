"""manage.py backup [FILE]: database content and media files in one archive."""

from pathlib import Path

from django.core.management.base import BaseCommand
from django.utils import timezone

from transfer.backup import create_backup


class Command(BaseCommand):
    help = "Sichert Inhalte (Datenbank) und Mediendateien in eine .tar.gz-Datei."

    def add_arguments(self, parser):
        parser.add_argument("file", nargs="?", help="Zieldatei (Standard: backups/sicherung-…)")

    def handle(self, *args, file=None, **options):
        stamp = timezone.localtime().strftime("%Y-%m-%d-%H%M%S")
        target = Path(file or f"backups/sicherung-{stamp}.tar.gz")
        manifest = create_backup(target)
        objects = sum(manifest["counts"].values())
        self.stdout.write(
            self.style.SUCCESS(
                f"Sicherung geschrieben: {target} ({objects} Datensätze, "
                f"{manifest['media_files']} Mediendateien)."
            )
        )
