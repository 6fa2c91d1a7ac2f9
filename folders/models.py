"""A trainer's collection for a course session ("Mappe"): pages and documents in reading order.

Who may open a collection is its visibility (private, course participants, public); what each
reader sees of its items is decided per item by the item's own access rules (see `access`).
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.models import Orderable


class FolderForm(WagtailAdminModelForm):
    """The admin form: whoever creates a collection owns it."""

    def save(self, commit=True):
        if self.instance.owner_id is None and getattr(self, "for_user", None) is not None:
            self.instance.owner = self.for_user
        return super().save(commit=commit)


class Folder(ClusterableModel):
    """A collection ("Mappe") a trainer puts together for a session of the certificate course."""

    class Visibility(models.TextChoices):
        PRIVATE = "privat", _("Privat: nur ich (und die Redaktion)")
        PARTICIPANTS = "kurs", _("Kursteilnehmende im internen Bereich")
        PUBLIC = "oeffentlich", _("Öffentlich")

    title = models.CharField(_("Titel"), max_length=200)
    session_date = models.DateField(_("Sitzung am"), null=True, blank=True)
    course = models.ForeignKey(
        "knowledge.Course",
        verbose_name=_("Kurs"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="folders",
        help_text=_(
            "Mit Kurs sehen nur dessen Teilnehmende die Mappe; ohne Kurs alle Kursteilnehmenden."
        ),
    )
    intro = models.TextField(_("Einführung"), max_length=2000, blank=True)
    visibility = models.CharField(
        _("Sichtbarkeit"),
        max_length=12,
        choices=Visibility.choices,
        default=Visibility.PRIVATE,
        help_text=_(
            "Eingeschränkte Seiten und Dokumente bleiben auch in einer öffentlichen Mappe "
            "für alle verborgen, die sie nicht lesen dürfen."
        ),
    )
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("Zusammengestellt von"),
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="folders",
    )
    created_at = models.DateTimeField(_("Angelegt am"), auto_now_add=True)
    updated_at = models.DateTimeField(_("Geändert am"), auto_now=True)

    base_form_class = FolderForm
    panels = [
        FieldPanel("title"),
        FieldRowPanel([FieldPanel("session_date"), FieldPanel("course")]),
        FieldPanel("intro"),
        FieldPanel("visibility"),
        MultiFieldPanel(
            [InlinePanel("items", label=_("Eintrag"))], heading=_("Inhalt in Reihenfolge")
        ),
    ]

    class Meta:
        verbose_name = _("Mappe")
        verbose_name_plural = _("Mappen")
        ordering = ["-session_date", "-updated_at"]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("folders:detail", args=[self.pk, self.slug])

    @property
    def slug(self):
        return slugify(self.title)[:60] or "mappe"

    @property
    def owner_name(self):
        if self.owner is None:
            return ""
        return self.owner.get_full_name() or self.owner.get_username()


class FolderItem(Orderable):
    """One entry of a collection: a page or a document, with an optional note for the group."""

    folder = ParentalKey(Folder, on_delete=models.CASCADE, related_name="items")
    page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("Seite"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("Kursmodul, Praxisprojekt, Arbeitsgruppen-Ergebnis oder eine andere Seite."),
    )
    document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("Dokument"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
    )
    note = models.CharField(
        _("Hinweis"),
        max_length=300,
        blank=True,
        help_text=_("Zum Beispiel „Für die Gruppenarbeit lesen“."),
    )

    panels = [FieldPanel("page"), FieldPanel("document"), FieldPanel("note")]

    class Meta(Orderable.Meta):
        verbose_name = _("Eintrag")
        verbose_name_plural = _("Einträge")

    def clean(self):
        if bool(self.page_id) == bool(self.document_id):
            raise ValidationError(_("Bitte genau eine Seite oder ein Dokument wählen."))
