import secrets

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand, CommandError

# (username, first name, last name, groups, what the account is for); invented people.
ROLE_ACCOUNTS = [
    ("redaktion", "Rena", "Redlich", ["Redaktion"], "Redaktion: veröffentlicht und gibt frei"),
    (
        "trainerin",
        "Tanja",
        "Torwegge",
        ["Trainerinnen und Trainer"],
        "Trainerin: schreibt Kursmaterial, reicht zur Prüfung ein",
    ),
    (
        "familienmanagerin",
        "Fatma",
        "Feldkamp",
        ["Familienmanagerinnen und Familienmanager"],
        "Familienmanagerin: liest intern, reicht ihr Praxisprojekt ein",
    ),
    (
        "teilnehmer",
        "Till",
        "Tenhagen",
        ["Kursteilnehmende", "Kursteilnehmende Kurs 5"],
        "Kursteilnehmer Kurs 5: liest den internen Bereich seines Kurses",
    ),
]


class Command(BaseCommand):
    help = "Create (or reset) the development accounts, one per role, and print their logins."

    def add_arguments(self, parser):
        parser.add_argument("--username", default="admin")

    def handle(self, *args, username, **options):
        if not settings.DEBUG:
            raise CommandError("Refusing to create development accounts with DEBUG off.")
        from accounts.roles import ensure_roles

        ensure_roles()
        password = self.reset(username, "Admin", "", [], superuser=True)
        self.stdout.write(self.style.SUCCESS("Development logins (reset on every run):"))
        self.stdout.write(
            f"  Administrator (/admin/)\n    username: {username}\n    password: {password}"
        )
        for name, first, last, groups, purpose in ROLE_ACCOUNTS:
            password = self.reset(name, first, last, groups)
            self.stdout.write(f"  {purpose}\n    username: {name}\n    password: {password}")
        self.stdout.write(
            "  Anmeldung für alle: /konto/anmelden/"
            " (Redaktion, Trainerin und Familienmanagerin auch /admin/)"
        )

    def reset(self, username, first_name, last_name, group_names, superuser=False):
        password = secrets.token_urlsafe(12)
        user, _ = get_user_model().objects.get_or_create(
            username=username,
            defaults={
                "email": f"{username}@example.org",
                "first_name": first_name,
                "last_name": last_name,
            },
        )
        user.is_staff = user.is_superuser = superuser
        user.is_active = True
        user.set_password(password)
        user.save()
        if group_names:
            user.groups.set([Group.objects.get_or_create(name=name)[0] for name in group_names])
        return password
