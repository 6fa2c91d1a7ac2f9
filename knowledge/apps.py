from django.apps import AppConfig


class KnowledgeConfig(AppConfig):
    name = "knowledge"
    verbose_name = "Wissen"

    def ready(self):
        from . import access  # noqa: F401  (connects the cache invalidation signals)
