from django.apps import AppConfig


class JobsConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "jobs"
    verbose_name = "Hintergrundaufgaben"

    def ready(self):
        from datetime import timedelta

        from . import mail, registry

        registry.register(
            "jobs.deliver_mail", lambda now: mail.deliver_due(now), every=timedelta(0)
        )
        registry.register(
            "jobs.purge_sent_mail", lambda now: mail.purge_sent(now=now), every=timedelta(days=1)
        )
