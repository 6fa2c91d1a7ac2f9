from django.apps import AppConfig


class FiguresConfig(AppConfig):
    """The collection in figures (/zahlen/) and the editors' usage figures in the admin."""

    name = "figures"
    verbose_name = "Zahlen"
    default_auto_field = "django.db.models.BigAutoField"
