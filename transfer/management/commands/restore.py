"""manage.py restore FILE: replace all content and media with a backup's."""

from django.core.management.base import BaseCommand, CommandError

from transfer.backup import BackupError, restore_backup


class Command(BaseCommand):
    help = "Stellt eine Sicherung wieder her. ACHTUNG: ersetzt alle Inhalte der Datenbank."

    def add_arguments(self, parser):
        parser.add_argument("file")
        parser.add_argument("--no-input", action="store_true", help="ohne Rückfrage")

    def handle(self, *args, file, no_input, **options):
        if not no_input:
            answer = input(
                "Alle Inhalte werden durch die Sicherung ersetzt. Fortfahren? [ja/nein] "
            )
            if answer.strip().lower() not in ("ja", "j", "yes", "y"):
                raise CommandError("Abgebrochen.")
        try:
            manifest = restore_backup(file)
        except BackupError as error:
            raise CommandError(str(error)) from None
        objects = sum(manifest["counts"].values())
        self.stdout.write(
            self.style.SUCCESS(
                f"Sicherung vom {manifest['created'][:16]} wiederhergestellt: {objects} "
                f"Datensätze, {manifest['media_files']} Mediendateien; Suchindex neu aufgebaut."
            )
        )
