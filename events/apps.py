from django.apps import AppConfig


class EventsConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "events"
    verbose_name = "Termine"

    def ready(self):
        from django.utils.translation import gettext_lazy as _

        from search.registry import register

        from .models import EventPage

        # Events announce topics: a little below the write-ups that treat them.
        register(EventPage, kind="termin", label=_("Termin"), label_plural=_("Termine"), weight=0.8)
