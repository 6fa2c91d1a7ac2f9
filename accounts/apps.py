from django.apps import AppConfig


class AccountsConfig(AppConfig):
    """Logins, roles, the review workflow and the internal area for course participants."""

    name = "accounts"
    verbose_name = "Konten und interner Bereich"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from datetime import timedelta

        from django.utils.translation import gettext_lazy as _

        from jobs import registry
        from search.registry import register

        from .models import InternalMaterialPage
        from .reminders import queue_review_reminders

        # Found only by those the page's restrictions admit (the search checks access per user).
        register(
            InternalMaterialPage,
            kind="intern",
            label=_("Internes Material"),
            label_plural=_("Internes Material"),
        )
        # Owners of pages due for a freshness review hear about it once a week.
        registry.register(
            "accounts.review_reminders", queue_review_reminders, every=timedelta(days=7)
        )
