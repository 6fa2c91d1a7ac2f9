from datetime import timedelta

from django.apps import AppConfig


class SubmissionsConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "submissions"
    verbose_name = "Einreichungen"

    def ready(self):
        from jobs import registry

        from .services import start_pending_reviews

        # Catches submissions whose review could not start right away (e.g. mail server down).
        registry.register("submissions.start_reviews", start_pending_reviews, every=timedelta(0))
