from django.core.management.base import BaseCommand

from accounts.roles import ensure_roles


class Command(BaseCommand):
    help = "Create or update the role groups, their permissions, restrictions and the workflow."

    def handle(self, *args, **options):
        groups = ensure_roles()
        for name in groups:
            self.stdout.write(f"Rolle: {name}")
