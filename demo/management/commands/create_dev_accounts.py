import secrets

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError


class Command(BaseCommand):
    help = "Create (or reset) the development admin account and print its login. DEBUG only."

    def add_arguments(self, parser):
        parser.add_argument("--username", default="admin")

    def handle(self, *args, username, **options):
        if not settings.DEBUG:
            raise CommandError("Refusing to create development accounts with DEBUG off.")
        password = secrets.token_urlsafe(12)
        user, _ = get_user_model().objects.get_or_create(
            username=username,
            defaults={"email": f"{username}@example.org", "first_name": "Admin"},
        )
        user.is_staff = user.is_superuser = user.is_active = True
        user.set_password(password)
        user.save()
        self.stdout.write(self.style.SUCCESS("Development login for /admin/ (reset on every run):"))
        self.stdout.write(f"  username: {username}\n  password: {password}")
