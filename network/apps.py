from django.apps import AppConfig


class NetworkConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "network"
    verbose_name = "Netzwerk und Karte"

    def ready(self):
        from . import signals  # noqa: F401
