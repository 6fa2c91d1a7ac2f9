"""Search alerts ("Suchaufträge"): a saved search whose new matches arrive by e-mail."""

import hashlib
import uuid

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


def address_digest(email):
    """Finds an address's alerts without putting the address into links."""
    return hashlib.sha256(email.encode()).hexdigest()


class SearchAlertQuerySet(models.QuerySet):
    def active(self):
        return self.filter(status=SearchAlert.Status.ACTIVE)

    def for_address(self, email):
        return self.filter(email_digest=address_digest(email))


class SearchAlert(models.Model):
    """A search (query and filters, as the search form validates them) and where its news go."""

    class Frequency(models.TextChoices):
        WEEKLY = "woechentlich", _("wöchentlich")
        MONTHLY = "monatlich", _("monatlich")

    class Status(models.TextChoices):
        PENDING = "unbestaetigt", _("noch nicht bestätigt")
        ACTIVE = "aktiv", _("aktiv")
        CANCELLED = "abbestellt", _("abbestellt")

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    email = models.EmailField(_("E-Mail-Adresse"), max_length=254)
    email_digest = models.CharField(max_length=64, db_index=True, editable=False)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("Konto"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="search_alerts",
    )
    query = models.CharField(
        _("Suche"), max_length=2000, help_text=_("Die Parameter der Suche (/suche/?…).")
    )
    label = models.CharField(_("Beschreibung"), max_length=500)
    frequency = models.CharField(
        _("Häufigkeit"), max_length=20, choices=Frequency.choices, default=Frequency.WEEKLY
    )
    status = models.CharField(
        _("Status"), max_length=20, choices=Status.choices, default=Status.PENDING, db_index=True
    )
    consent_text = models.TextField(_("Einwilligungstext"))
    created_at = models.DateTimeField(_("Angelegt am"), auto_now_add=True)
    confirmed_at = models.DateTimeField(_("Bestätigt am"), null=True, blank=True)
    cancelled_at = models.DateTimeField(_("Abbestellt am"), null=True, blank=True)
    # Pages first published after this moment go into the next digest.
    covered_until = models.DateTimeField(_("Berücksichtigt bis"), null=True, blank=True)
    digests_sent = models.PositiveIntegerField(_("Versandte Übersichten"), default=0)

    objects = SearchAlertQuerySet.as_manager()

    class Meta:
        verbose_name = _("Suchauftrag")
        verbose_name_plural = _("Suchaufträge")
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return self.label

    def save(self, *args, **kwargs):
        self.email = (self.email or "").strip().lower()
        self.email_digest = address_digest(self.email)
        super().save(*args, **kwargs)

    @property
    def search_url(self):
        return f"/suche/?{self.query}" if self.query else "/suche/"
