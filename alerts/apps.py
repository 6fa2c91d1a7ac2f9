from datetime import timedelta

from django.apps import AppConfig


class AlertsConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "alerts"
    verbose_name = "Suchaufträge"

    def ready(self):
        from jobs import registry

        from . import digests, services

        registry.register("alerts.send_digests", digests.queue_due, every=timedelta(hours=1))
        registry.register(
            "alerts.purge_unconfirmed", services.purge_unconfirmed, every=timedelta(days=1)
        )
