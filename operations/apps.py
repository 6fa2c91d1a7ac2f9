from django.apps import AppConfig


class OperationsConfig(AppConfig):
    name = "operations"
    verbose_name = "Betrieb"

    def ready(self):
        from . import pagecache  # noqa: F401  (connects the invalidation signals)
