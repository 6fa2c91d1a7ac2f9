"""The log of relayed contact messages: who wrote to whom about what, never the message."""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class ContactRequest(models.Model):
    """A message relayed to a family manager; the text itself is not kept."""

    created_at = models.DateTimeField(_("Eingegangen am"), default=timezone.now, db_index=True)
    recipient = models.ForeignKey(
        "knowledge.FamilyManager",
        verbose_name=_("Empfänger/in"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("Praxisprojekt"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    municipality = models.ForeignKey(
        "knowledge.Municipality",
        verbose_name=_("Kommune"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    sender_name = models.CharField(_("Name der Absenderin/des Absenders"), max_length=150)
    sender_email = models.EmailField(_("E-Mail der Absenderin/des Absenders"), max_length=254)
    subject = models.CharField(_("Betreff"), max_length=200)
    mail = models.ForeignKey(
        "jobs.OutgoingMail",
        verbose_name=_("E-Mail"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        verbose_name = _("Kontaktanfrage")
        verbose_name_plural = _("Kontaktanfragen")
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return f"{self.sender_name}: {self.subject}"

    @property
    def delivery_status(self):
        return self.mail.get_status_display() if self.mail_id else _("unbekannt")
