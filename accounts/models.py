"""The internal area: material for course participants, behind group view restrictions.

`/intern/` holds one section per course cohort; each section holds the internal material of the
four modules with its handouts. Who may read what is set by Wagtail view restrictions by group
(see `accounts.roles`), never by shared passwords.
"""

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from knowledge.access import viewable
from knowledge.blocks import BodyBlock
from knowledge.models.mixins import ReviewableMixin


class InternalAreaPage(Page):
    """The entrance to the internal area (`/intern/`): what is here and the course sections."""

    lead = models.TextField(_("Einleitung"), max_length=600, blank=True)
    body = StreamField(BodyBlock(), verbose_name=_("Inhalt"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("lead"), FieldPanel("body")]
    search_fields = [*Page.search_fields, index.SearchField("lead"), index.SearchField("body")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["accounts.InternalCoursePage"]
    max_count = 1

    class Meta:
        verbose_name = _("Interner Bereich")
        verbose_name_plural = _("Interne Bereiche")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        sections = InternalCoursePage.objects.child_of(self).select_related("course")
        context["sections"] = viewable(sections, request.user).order_by("-course__number")
        return context


class InternalCoursePage(Page):
    """The internal section of one course cohort; only its participants (and staff) read it."""

    course = models.OneToOneField(
        "knowledge.Course",
        verbose_name=_("Kurs"),
        on_delete=models.PROTECT,
        related_name="internal_section",
        help_text=_(
            "Beim Speichern wird der Bereich auf die Teilnehmenden dieses Kurses, die Redaktion, "
            "die Trainerinnen und Trainer und die Familienmanagerinnen und -manager beschränkt."
        ),
    )
    lead = models.TextField(_("Einleitung"), max_length=600, blank=True)
    body = StreamField(BodyBlock(), verbose_name=_("Inhalt"), blank=True)

    content_panels = [
        *Page.content_panels,
        FieldPanel("course"),
        FieldPanel("lead"),
        FieldPanel("body"),
    ]
    search_fields = [*Page.search_fields, index.SearchField("lead"), index.SearchField("body")]

    parent_page_types = ["accounts.InternalAreaPage"]
    subpage_types = ["accounts.InternalMaterialPage"]

    class Meta:
        verbose_name = _("Interner Kursbereich")
        verbose_name_plural = _("Interne Kursbereiche")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        material = InternalMaterialPage.objects.child_of(self)
        context["materials"] = viewable(material, request.user).order_by("number", "title")
        return context


class InternalMaterialPage(ReviewableMixin, Page):
    """Internal material of one module: notes for participants and the handouts to download."""

    number = models.PositiveSmallIntegerField(
        _("Modul"),
        choices=[(n, f"Modul {n}") for n in range(1, 5)],
        validators=[MinValueValidator(1), MaxValueValidator(4)],
    )
    summary = models.TextField(_("Kurzbeschreibung"), max_length=300, blank=True)
    body = StreamField(BodyBlock(), verbose_name=_("Inhalt"), blank=True)

    content_panels = [
        *Page.content_panels,
        FieldPanel("number"),
        FieldPanel("summary"),
        FieldPanel("body"),
        InlinePanel("handouts", heading=_("Handouts"), label=_("Handout")),
    ]
    settings_panels = [*Page.settings_panels, *ReviewableMixin.review_panels]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary", boost=2),
        index.SearchField("body"),
        index.FilterField("number"),
    ]

    parent_page_types = ["accounts.InternalCoursePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("Internes Modulmaterial")
        verbose_name_plural = _("Internes Modulmaterial")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["handouts"] = self.handouts.select_related("document")
        return context


class Handout(Orderable):
    """A document handed out in the module; store it in the course's internal collection."""

    page = ParentalKey(InternalMaterialPage, on_delete=models.CASCADE, related_name="handouts")
    document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("Dokument"),
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("Bitte in der Sammlung des Kurses ablegen, damit nur Berechtigte es laden."),
    )
    description = models.CharField(_("Beschreibung"), max_length=300, blank=True)

    panels = [FieldPanel("document"), FieldPanel("description")]

    class Meta(Orderable.Meta):
        verbose_name = _("Handout")
        verbose_name_plural = _("Handouts")
