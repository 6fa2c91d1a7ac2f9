"""Practice projects sent in through the public form, with who sent them."""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class ProjectSubmission(models.Model):
    """A submission: the draft page it became, the submitter's contact data and attachments."""

    page = models.OneToOneField(
        "wagtailcore.Page",
        verbose_name=_("Entwurf"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="submission",
    )
    title = models.CharField(_("Titel (wie eingereicht)"), max_length=255)
    name = models.CharField(_("Name"), max_length=150)
    email = models.EmailField(_("E-Mail-Adresse"), max_length=254)
    role = models.CharField(_("Funktion und Dienststelle"), max_length=200, blank=True)
    phone = models.CharField(_("Telefon"), max_length=50, blank=True)
    consent_text = models.TextField(_("Einwilligungstext"))
    documents = models.ManyToManyField(
        "wagtaildocs.Document", verbose_name=_("Dokumente"), blank=True, related_name="+"
    )
    images = models.ManyToManyField(
        "wagtailimages.Image", verbose_name=_("Bilder"), blank=True, related_name="+"
    )
    created_at = models.DateTimeField(_("Eingereicht am"), default=timezone.now, db_index=True)
    review_started_at = models.DateTimeField(_("Prüfung begonnen am"), null=True, blank=True)

    class Meta:
        verbose_name = _("Einreichung")
        verbose_name_plural = _("Einreichungen")
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return self.title
