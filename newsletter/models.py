"""Newsletter subscribers (a row once an address has confirmed: double opt-in) and the sign-ups
waiting for their confirmation."""

import secrets

from django.db import models
from django.utils.translation import gettext_lazy as _


def normalise_email(address):
    """One spelling per mailbox: trimmed and lower-cased (so duplicates are impossible)."""
    return (address or "").strip().lower()


def new_unsubscribe_key():
    """A random key for a link in a mail (unsubscribe, confirm): the link carries no address."""
    return secrets.token_urlsafe(32)


class SubscriberQuerySet(models.QuerySet):
    def active(self):
        return self.filter(status=Subscriber.Status.ACTIVE)


class Subscriber(models.Model):
    """Someone who confirmed the newsletter subscription, or later cancelled it."""

    class Status(models.TextChoices):
        ACTIVE = "aktiv", _("aktiv")
        UNSUBSCRIBED = "abgemeldet", _("abgemeldet")

    email = models.EmailField(_("E-Mail-Adresse"), max_length=254, unique=True)
    status = models.CharField(
        _("Status"), max_length=20, choices=Status.choices, default=Status.ACTIVE, db_index=True
    )
    consent_text = models.TextField(
        _("Einwilligungstext"), help_text=_("Der Text, dem die Person zugestimmt hat.")
    )
    requested_at = models.DateTimeField(_("Angemeldet am"))
    confirmed_at = models.DateTimeField(_("Bestätigt am"))
    unsubscribed_at = models.DateTimeField(_("Abgemeldet am"), null=True, blank=True)
    unsubscribe_key = models.CharField(
        _("Schlüssel des Abmeldelinks"),
        max_length=64,
        unique=True,
        editable=False,
        default=new_unsubscribe_key,
    )

    objects = SubscriberQuerySet.as_manager()

    class Meta:
        verbose_name = _("Newsletter-Abonnent/in")
        verbose_name_plural = _("Newsletter-Abonnentinnen und -Abonnenten")
        ordering = ["-confirmed_at"]

    def __str__(self):
        return self.email

    def save(self, *args, **kwargs):
        self.email = normalise_email(self.email)
        super().save(*args, **kwargs)

    @property
    def is_active(self):
        return self.status == self.Status.ACTIVE


class PendingSubscription(models.Model):
    """A sign-up waiting for its confirmation: the link in the mail carries only the random key.

    Rows older than the link's validity are deleted by the job `newsletter.purge_pending`.
    """

    key = models.CharField(max_length=64, unique=True, editable=False, default=new_unsubscribe_key)
    email = models.EmailField(_("E-Mail-Adresse"), max_length=254)
    requested_at = models.DateTimeField(_("Angemeldet am"), db_index=True)

    class Meta:
        verbose_name = _("Unbestätigte Newsletter-Anmeldung")
        verbose_name_plural = _("Unbestätigte Newsletter-Anmeldungen")

    def __str__(self):
        return self.email
