from django.apps import AppConfig


class TransferConfig(AppConfig):
    """Import and export of practice projects, backup and restore of the whole site."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "transfer"
    verbose_name = "Import, Export und Sicherung"
