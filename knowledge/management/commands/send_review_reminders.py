"""Weekly: mail each owner the pages due for a freshness review (run from cron or the job queue)."""

from django.core.management.base import BaseCommand

from knowledge import review


class Command(BaseCommand):
    help = "Erinnert die Verantwortlichen per E-Mail an Seiten, die zur Prüfung fällig sind."

    def handle(self, *args, **options):
        sent = review.send_reminders()
        self.stdout.write(f"{sent} Erinnerung(en) verschickt.")
