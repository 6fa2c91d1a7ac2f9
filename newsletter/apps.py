from django.apps import AppConfig


class NewsletterConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "newsletter"
    verbose_name = "Newsletter"

    def ready(self):
        from datetime import timedelta

        from jobs import registry

        from . import services

        registry.register(
            "newsletter.purge_pending",
            lambda now: services.purge_pending(now),
            every=timedelta(days=1),
        )
