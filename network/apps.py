from django.apps import AppConfig


class NetworkConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "network"
    verbose_name = "Netzwerk und Karte"

    def ready(self):
        from search.registry import register_shortcuts

        from . import selectors, signals  # noqa: F401

        register_shortcuts(selectors.places_named)
