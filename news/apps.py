from django.apps import AppConfig


class NewsConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "news"
    verbose_name = "Aktuelles und Presse"

    def ready(self):
        from django.utils.translation import gettext_lazy as _

        from search.registry import register

        from .models import NewsPage

        # News mention topics in passing: a little below the write-ups that treat them.
        register(
            NewsPage, kind="meldung", label=_("Meldung"), label_plural=_("Meldungen"), weight=0.8
        )
