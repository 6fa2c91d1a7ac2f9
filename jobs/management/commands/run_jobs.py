"""Cron entry point: start the periodic jobs that are due (mail delivery included)."""

from django.core.management.base import BaseCommand, CommandError

from jobs import registry


class Command(BaseCommand):
    help = "Startet fällige Hintergrundaufgaben (E-Mail-Versand, Suchaufträge, Erinnerungen)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--job", action="append", dest="names", help="nur diese Aufgabe (mehrfach möglich)"
        )
        parser.add_argument(
            "--force", action="store_true", help="auch wenn die Aufgabe noch nicht fällig ist"
        )
        parser.add_argument("--list", action="store_true", help="Aufgaben auflisten")

    def handle(self, *args, names=None, force=False, list=False, **options):
        jobs = registry.registered()
        if list:
            for job in jobs.values():
                self.stdout.write(f"{job.name}\talle {job.every}")
            return
        unknown = sorted(set(names or []) - set(jobs))
        if unknown:
            raise CommandError(f"Unbekannte Aufgabe: {', '.join(unknown)}")
        failed = False
        for name, (outcome, result) in registry.run_due(names=names, force=force).items():
            self.stdout.write(f"{name}: {outcome}" + (f" ({result})" if result else ""))
            failed = failed or outcome == "fehler"
        if failed:
            raise CommandError("Mindestens eine Aufgabe ist fehlgeschlagen (siehe Log).")
