"""manage.py import_practice_projects FILE [--publish] [--dry-run] [--documents DIR]"""

import logging
import time
from pathlib import Path

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from transfer.importer import ImportAborted, import_projects
from transfer.readers import FileError, read_table


class Progress:
    """A one-line progress bar on a terminal, a line per tenth otherwise."""

    def __init__(self, stream, width=30):
        self.stream, self.width = stream, width
        self.tty = hasattr(stream, "isatty") and stream.isatty()
        self.started = time.monotonic()
        self.last_tenth = 0

    def __call__(self, done, total):
        rate = done / max(time.monotonic() - self.started, 1e-6)
        if self.tty:
            if done % 25 and done != total:
                return
            filled = int(self.width * done / total)
            bar = "█" * filled + "·" * (self.width - filled)
            self.stream.write(f"\r{bar} {done}/{total} ({rate:.0f} Zeilen/s)", ending="")
            if done == total:
                self.stream.write("")
            self.stream.flush()
        else:
            tenth = done * 10 // total
            if tenth > self.last_tenth or done == total:
                self.last_tenth = tenth
                self.stream.write(f"{done}/{total} Zeilen ({rate:.0f} Zeilen/s)")


class Command(BaseCommand):
    help = "Praxisprojekte aus einer CSV- oder Excel-Datei (.xlsx) importieren."

    def add_arguments(self, parser):
        parser.add_argument("file", help="CSV (UTF-8, Komma) oder XLSX (erstes Tabellenblatt)")
        parser.add_argument("--publish", action="store_true", help="Seiten sofort veröffentlichen")
        parser.add_argument("--dry-run", action="store_true", help="nur prüfen, nichts speichern")
        parser.add_argument("--documents", metavar="DIR", help="Ordner mit den Praxisarbeiten")
        parser.add_argument("--user", help="Benutzername, dem die Revisionen zugeschrieben werden")

    def handle(self, *args, file, publish, dry_run, documents, user, **options):
        path = Path(file)
        if not path.is_file():
            raise CommandError(f"Die Datei „{file}“ gibt es nicht.")
        account = None
        if user:
            account = get_user_model().objects.filter(username=user).first()
            if account is None:
                raise CommandError(f"Einen Benutzer „{user}“ gibt es nicht.")
        try:
            table = read_table(path.name, path.read_bytes())
        except FileError as error:
            raise CommandError(str(error)) from None
        started = time.monotonic()
        # Wagtail logs every page it creates; with thousands of rows that drowns the progress bar.
        wagtail_logger = logging.getLogger("wagtail")
        level = wagtail_logger.level
        wagtail_logger.setLevel(max(level, logging.WARNING))
        try:
            report = import_projects(
                table,
                publish=publish,
                dry_run=dry_run,
                documents_dir=documents,
                user=account,
                progress=Progress(self.stdout) if table.rows else None,
            )
        except ImportAborted as error:
            raise CommandError(str(error)) from None
        finally:
            wagtail_logger.setLevel(level)
        seconds = time.monotonic() - started
        for error in report.errors:
            self.stderr.write(str(error))
        for entry in report.new_vocabulary:
            self.stdout.write(("Würde neu anlegen: " if dry_run else "Neu angelegt: ") + entry)
        written = report.created + report.updated
        rate = f" ({written / seconds:.0f} Seiten/s)" if written and seconds else ""
        style = self.style.SUCCESS if report.ok else self.style.WARNING
        self.stdout.write(style(f"{report.summary()} Dauer {seconds:.1f} s{rate}."))
