"""Durable state of background work: queued e-mails and the last run of each periodic job."""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class OutgoingMail(models.Model):
    """One e-mail to deliver, at most once: `key` names it, so queueing it again does nothing.

    Delivery is retried with growing pauses while the mail server refuses or is unreachable.
    """

    class Status(models.TextChoices):
        QUEUED = "wartend", _("wartet auf Versand")
        SENDING = "sendend", _("wird gesendet")
        SENT = "gesendet", _("gesendet")
        FAILED = "fehlgeschlagen", _("fehlgeschlagen")
        # The process died while the mail server had the message: maybe delivered, never resent.
        UNKNOWN = "unklar", _("Zustellung unklar")

    key = models.CharField(_("Schlüssel"), max_length=200, unique=True)
    kind = models.CharField(_("Art"), max_length=60, db_index=True)
    status = models.CharField(
        _("Status"), max_length=20, choices=Status.choices, default=Status.QUEUED
    )
    from_email = models.CharField(_("Absender"), max_length=300)
    to = models.JSONField(_("Empfänger"), default=list)
    reply_to = models.JSONField(_("Antwort an"), default=list, blank=True)
    headers = models.JSONField(_("Kopfzeilen"), default=dict, blank=True)
    subject = models.CharField(_("Betreff"), max_length=500)
    body = models.TextField(_("Text"), blank=True)
    html_body = models.TextField(_("HTML-Text"), blank=True)
    # Relayed personal messages are deleted from here once delivered.
    keep_body = models.BooleanField(_("Text nach dem Versand behalten"), default=True)
    attempts = models.PositiveSmallIntegerField(_("Versuche"), default=0)
    next_attempt_at = models.DateTimeField(_("Nächster Versuch"), default=timezone.now)
    claimed_at = models.DateTimeField(_("Versand begonnen"), null=True, blank=True)
    sent_at = models.DateTimeField(_("Gesendet am"), null=True, blank=True)
    last_error = models.TextField(_("Letzter Fehler"), blank=True)
    created_at = models.DateTimeField(_("Angelegt am"), default=timezone.now)

    class Meta:
        verbose_name = _("Ausgehende E-Mail")
        verbose_name_plural = _("Ausgehende E-Mails")
        ordering = ["-created_at", "-pk"]
        indexes = [models.Index(fields=["status", "next_attempt_at"], name="jobs_mail_due")]

    def __str__(self):
        return f"{self.kind}: {self.subject}"


class JobRun(models.Model):
    """When a periodic job last ran; `run_jobs` starts it again once its interval has passed."""

    name = models.CharField(_("Aufgabe"), max_length=100, unique=True)
    started_at = models.DateTimeField(_("Zuletzt gestartet"), null=True, blank=True)
    finished_at = models.DateTimeField(_("Zuletzt beendet"), null=True, blank=True)
    succeeded_at = models.DateTimeField(_("Zuletzt erfolgreich"), null=True, blank=True)
    last_error = models.TextField(_("Letzter Fehler"), blank=True)

    class Meta:
        verbose_name = _("Lauf einer Hintergrundaufgabe")
        verbose_name_plural = _("Läufe der Hintergrundaufgaben")
        ordering = ["name"]

    def __str__(self):
        return self.name
