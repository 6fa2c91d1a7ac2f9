from django.apps import AppConfig


class FoldersConfig(AppConfig):
    """Trainers' collections for a course session ("Mappen"): ordered pages and documents."""

    name = "folders"
    verbose_name = "Mappen"
    default_auto_field = "django.db.models.BigAutoField"
