from datetime import timedelta

from django.apps import AppConfig


class ContactConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "contact"
    verbose_name = "Kontaktanfragen"

    def ready(self):
        from jobs import registry

        from .services import purge_old_requests

        registry.register("contact.purge_log", purge_old_requests, every=timedelta(days=1))
