from django.apps import AppConfig


class KnowledgeConfig(AppConfig):
    name = "knowledge"
    verbose_name = "Wissen"

    def ready(self):
        # Both connect the signals that invalidate what they cache.
        from . import access, links  # noqa: F401
