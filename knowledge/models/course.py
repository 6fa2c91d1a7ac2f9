"""The certificate course: its overview page and the material of its four modules."""

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultipleChooserPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from knowledge.blocks import RICH_TEXT_FEATURES, BodyBlock

from .mixins import ArchivableMixin, KnowledgePage, ReviewableMixin, keyword_field, theme_field
from .taxonomy import Course

MONTHS = [
    (1, _("Januar")),
    (2, _("Februar")),
    (3, _("März")),
    (4, _("April")),
    (5, _("Mai")),
    (6, _("Juni")),
    (7, _("Juli")),
    (8, _("August")),
    (9, _("September")),
    (10, _("Oktober")),
    (11, _("November")),
    (12, _("Dezember")),
]


class CourseIndexPage(ReviewableMixin, ArchivableMixin, Page):
    """The certificate course "Kommunales Management für Familien": what, for whom, how to apply."""

    lead = models.TextField(_("Einleitung"), max_length=600, blank=True)
    audience = RichTextField(_("Für wen"), features=RICH_TEXT_FEATURES, blank=True)
    application = RichTextField(_("Bewerbung"), features=RICH_TEXT_FEATURES, blank=True)
    body = StreamField(BodyBlock(), verbose_name=_("Inhalt"), blank=True)

    content_panels = [
        *Page.content_panels,
        FieldPanel("lead"),
        FieldPanel("body"),
        FieldPanel("audience"),
        FieldPanel("application"),
        *ArchivableMixin.archive_panels,
    ]
    settings_panels = [*Page.settings_panels, *ReviewableMixin.review_panels]
    search_fields = [
        *Page.search_fields,
        index.SearchField("lead", boost=2),
        index.SearchField("body"),
        index.SearchField("audience"),
        index.SearchField("application"),
    ]
    api_fields = [APIField("lead"), APIField("body"), APIField("audience"), APIField("application")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["knowledge.ModulePage"]
    max_count = 1

    class Meta:
        verbose_name = _("Zertifikatskurs (Übersicht)")

    def get_context(self, request, *args, **kwargs):
        from knowledge import selectors

        context = super().get_context(request, *args, **kwargs)
        context["modules"] = selectors.modules(self, request.user)
        context["courses"] = Course.objects.order_by("-number")
        return context


class ModulePage(KnowledgePage):
    """The material of one course module: learning goals, trainers, content and handouts."""

    themes = theme_field("module_pages")
    keywords = keyword_field("keyword_module_pages")
    number = models.PositiveSmallIntegerField(
        _("Modul"),
        choices=[(n, f"Modul {n}") for n in range(1, 5)],
        validators=[MinValueValidator(1), MaxValueValidator(4)],
    )
    month = models.PositiveSmallIntegerField(_("Monat"), choices=MONTHS)
    body = StreamField(BodyBlock(), verbose_name=_("Inhalt"), blank=True)

    content_panels = [
        *Page.content_panels,
        FieldRowPanel([FieldPanel("number"), FieldPanel("month")]),
        FieldPanel("summary"),
        InlinePanel("learning_goals", heading=_("Lernziele"), label=_("Lernziel")),
        FieldPanel("body"),
        InlinePanel("trainers", heading=_("Referentinnen und Referenten"), label=_("Person")),
        MultipleChooserPanel(
            "related_projects",
            chooser_field_name="project",
            heading=_("Passende Praxisprojekte"),
            label=_("Praxisprojekt"),
        ),
        *KnowledgePage.tagging_panels,
        *ArchivableMixin.archive_panels,
    ]
    search_fields = [
        *KnowledgePage.search_fields,
        index.SearchField("body"),
        index.RelatedFields("learning_goals", [index.SearchField("text", boost=2)]),
        index.RelatedFields("trainers", [index.SearchField("name")]),
        index.FilterField("number"),
    ]
    api_fields = [
        *KnowledgePage.api_fields,
        APIField("number"),
        APIField("month"),
        APIField("learning_goals"),
        APIField("trainers"),
        APIField("body"),
    ]

    parent_page_types = ["knowledge.CourseIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("Kursmodul")
        verbose_name_plural = _("Kursmodule")

    def get_context(self, request, *args, **kwargs):
        from knowledge import selectors

        context = super().get_context(request, *args, **kwargs)
        context["related_projects"] = selectors.module_projects(self, request.user)
        return context

    @property
    def month_name(self):
        return self.get_month_display()


class ModuleLearningGoal(Orderable):
    """One learning goal of a module."""

    page = ParentalKey(ModulePage, on_delete=models.CASCADE, related_name="learning_goals")
    text = models.CharField(_("Lernziel"), max_length=300)

    panels = [FieldPanel("text")]
    api_fields = [APIField("text")]


class ModuleTrainer(Orderable):
    """A trainer who teaches in the module."""

    page = ParentalKey(ModulePage, on_delete=models.CASCADE, related_name="trainers")
    name = models.CharField(_("Name"), max_length=150)
    affiliation = models.CharField(_("Institution / Funktion"), max_length=200, blank=True)

    panels = [FieldPanel("name"), FieldPanel("affiliation")]
    api_fields = [APIField("name"), APIField("affiliation")]


class ModuleRelatedProject(Orderable):
    """A practice project that shows the module's content at work."""

    page = ParentalKey(ModulePage, on_delete=models.CASCADE, related_name="related_projects")
    project = models.ForeignKey(
        "knowledge.PracticeProjectPage",
        verbose_name=_("Praxisprojekt"),
        on_delete=models.CASCADE,
        related_name="+",
    )

    panels = [FieldPanel("project")]
