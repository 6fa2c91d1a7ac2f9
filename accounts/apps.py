from django.apps import AppConfig


class AccountsConfig(AppConfig):
    """Logins, roles, the review workflow and the internal area for course participants."""

    name = "accounts"
    verbose_name = "Konten und interner Bereich"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from django.utils.translation import gettext_lazy as _

        from search.registry import register

        from .models import InternalMaterialPage

        # Found only by those the page's restrictions admit (the search checks access per user).
        register(
            InternalMaterialPage,
            kind="intern",
            label=_("Internes Material"),
            label_plural=_("Internes Material"),
        )
