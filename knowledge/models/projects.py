"""Practice projects: what certified family managers built in their municipalities."""

from django import forms
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.http import HttpResponse
from django.template.response import TemplateResponse
from django.utils.http import content_disposition_header
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from knowledge.blocks import RICH_TEXT_FEATURES, BodyBlock
from knowledge.pagination import InvalidPageError, paginate

from .mixins import (
    ArchivableMixin,
    FilteredListingMixin,
    KnowledgePage,
    form_errors,
    keyword_field,
    theme_field,
)

SECTION_FEATURES = ["bold", "italic", "link", "document-link", "ol", "ul"]


class PracticeProjectIndexPage(FilteredListingMixin, ArchivableMixin, Page):
    """The collection of practice projects, filterable by theme, place, course, year and status."""

    per_page = 12

    lead = models.TextField(_("Einleitung"), max_length=600, blank=True)
    body = StreamField(BodyBlock(), verbose_name=_("Inhalt"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("lead"), FieldPanel("body")]
    search_fields = [*Page.search_fields, index.SearchField("lead")]
    api_fields = [APIField("lead")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["knowledge.PracticeProjectPage"]
    max_count = 1

    class Meta:
        verbose_name = _("Praxisprojekte (Übersicht)")

    def listing_context(self, request):
        from knowledge import selectors
        from knowledge.forms import PracticeProjectFilterForm

        form = PracticeProjectFilterForm(request.GET)
        projects = PracticeProjectPage.objects.none()
        errors = []
        if form.is_valid():
            projects = selectors.practice_project_listing(request.user, form.cleaned_data)
        else:
            errors = form_errors(form)
        try:
            page = paginate(projects, request.GET.get("seite"), self.per_page)
        except InvalidPageError as error:
            errors.append(str(error))
            page = paginate(PracticeProjectPage.objects.none(), 1, self.per_page)
        return {"form": form, "projects": page, "errors": errors}


class PracticeProjectPage(RoutablePageMixin, KnowledgePage):
    """A practice project write-up, structured like the German good-practice databases.

    `pdf/` below the page is the write-up as a PDF file, with the page's own access rules
    (drafts are not found, view restrictions apply before the route is served).
    """

    class Status(models.TextChoices):
        PLANNED = "geplant", _("geplant")
        IMPLEMENTED = "umgesetzt", _("umgesetzt")
        ESTABLISHED = "verstetigt", _("verstetigt")
        ENDED = "beendet", _("beendet")

    themes = theme_field("practice_project_pages")
    keywords = keyword_field("keyword_practice_project_pages")
    municipality = models.ForeignKey(
        "knowledge.Municipality",
        verbose_name=_("Kommune"),
        on_delete=models.PROTECT,
        related_name="practice_projects",
    )
    course = models.ForeignKey(
        "knowledge.Course",
        verbose_name=_("Zertifikatskurs"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="practice_projects",
    )
    year = models.PositiveSmallIntegerField(
        _("Jahr"),
        validators=[MinValueValidator(1990), MaxValueValidator(2100)],
        db_index=True,
    )
    status = models.CharField(
        _("Umsetzungsstand"), max_length=20, choices=Status.choices, default=Status.IMPLEMENTED
    )
    target_groups = ParentalManyToManyField(
        "knowledge.TargetGroup",
        verbose_name=_("Zielgruppen"),
        blank=True,
        related_name="practice_projects",
    )
    authors = models.CharField(
        _("Verfasst von"),
        max_length=300,
        blank=True,
        help_text=_("Namen der Autorinnen und Autoren der Praxisarbeit."),
    )
    starting_situation = RichTextField(_("Ausgangslage"), features=SECTION_FEATURES, blank=True)
    goals = RichTextField(_("Ziele und Zielgruppen"), features=SECTION_FEATURES, blank=True)
    approach = RichTextField(_("Vorgehen"), features=SECTION_FEATURES, blank=True)
    results = RichTextField(_("Ergebnisse"), features=SECTION_FEATURES, blank=True)
    lessons_learned = RichTextField(
        _("Stolpersteine und Tipps"), features=SECTION_FEATURES, blank=True
    )
    partners = RichTextField(_("Partner"), features=RICH_TEXT_FEATURES, blank=True)
    contact_person = models.ForeignKey(
        "knowledge.FamilyManager",
        verbose_name=_("Ansprechperson"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="practice_projects",
    )
    practice_paper = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("Praxisarbeit (PDF)"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    external_id = models.CharField(
        _("Externe Kennung"),
        max_length=100,
        unique=True,
        null=True,
        blank=True,
        help_text=_("Kennung aus einem Import; leer lassen bei neuen Projekten."),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("municipality"), FieldPanel("year")]),
                FieldRowPanel([FieldPanel("course"), FieldPanel("status")]),
                FieldPanel("authors"),
                FieldPanel("contact_person"),
            ],
            heading=_("Eckdaten"),
        ),
        FieldPanel("starting_situation"),
        FieldPanel("goals"),
        FieldPanel("target_groups", widget=forms.CheckboxSelectMultiple),
        FieldPanel("approach"),
        FieldPanel("results"),
        FieldPanel("lessons_learned"),
        FieldPanel("partners"),
        FieldPanel("practice_paper"),
        InlinePanel("gallery_images", heading=_("Bilder"), label=_("Bild")),
        *KnowledgePage.tagging_panels,
        *ArchivableMixin.archive_panels,
    ]
    search_fields = [
        *KnowledgePage.search_fields,
        index.SearchField("starting_situation"),
        index.SearchField("goals"),
        index.SearchField("approach"),
        index.SearchField("results"),
        index.SearchField("lessons_learned"),
        index.SearchField("partners"),
        index.SearchField("authors"),
        index.RelatedFields("municipality", [index.SearchField("name", boost=2)]),
        index.RelatedFields("target_groups", [index.SearchField("name")]),
        index.FilterField("municipality"),
        index.FilterField("course"),
        index.FilterField("year"),
        index.FilterField("status"),
    ]
    api_fields = [
        *KnowledgePage.api_fields,
        APIField("municipality"),
        APIField("course"),
        APIField("year"),
        APIField("status"),
        APIField("target_groups"),
        APIField("authors"),
        APIField("starting_situation"),
        APIField("goals"),
        APIField("approach"),
        APIField("results"),
        APIField("lessons_learned"),
        APIField("partners"),
        APIField("practice_paper"),
    ]

    parent_page_types = ["knowledge.PracticeProjectIndexPage"]
    subpage_types = []
    card_template = "knowledge/includes/project_card.html"

    class Meta:
        verbose_name = _("Praxisprojekt")
        verbose_name_plural = _("Praxisprojekte")

    @classmethod
    def for_listing(cls, queryset):
        return queryset.select_related(
            "municipality", "municipality__kreis", "course"
        ).prefetch_related("themes", "target_groups")

    # Joined in when the page itself is served (see operations.routing): its template reads them.
    serve_select_related = (
        "municipality__kreis",
        "course",
        "contact_person__municipality",
        "practice_paper",
    )

    def get_context(self, request, *args, **kwargs):
        from knowledge import selectors

        context = super().get_context(request, *args, **kwargs)
        # Also prefetches this page's themes and target groups (the template shows them), in
        # the same query per relation as those of the similar projects.
        context["similar_projects"] = selectors.similar_projects(self, request.user)
        # With the request, the site's root paths come from the request, not the cache.
        context["index_url"] = self.get_index_url(request)
        return context

    @path("pdf/", name="pdf")
    def pdf(self, request):
        from knowledge import pdf
        from knowledge.absolute_urls import page_url

        try:
            content = pdf.project_pdf(self, page_url(self, request))
        except pdf.PdfUnavailable:
            return TemplateResponse(
                request, "knowledge/pdf_unavailable.html", {"page": self}, status=503
            )
        response = HttpResponse(content, content_type="application/pdf")
        # The slug may hold umlauts: Django encodes those as `filename*` (RFC 6266).
        response["Content-Disposition"] = content_disposition_header(
            True, f"praxisprojekt-{self.slug}.pdf"
        )
        return response

    def get_index_url(self, request=None):
        """URL of the practice-project listing (the parent), without a query."""
        url = self.get_url(request)
        # Cut at the last path segment: in the URL the slug is percent-encoded ("für" is
        # "f%C3%BCr"), so its length in characters says nothing.
        return url[: url.rstrip("/").rfind("/") + 1] if url else ""

    @property
    def sections(self):
        """The write-up's sections in reading order, skipping empty ones."""
        fields = [
            "starting_situation",
            "goals",
            "approach",
            "results",
            "lessons_learned",
            "partners",
        ]
        return [
            (self._meta.get_field(name).verbose_name, getattr(self, name))
            for name in fields
            if getattr(self, name)
        ]


class ProjectImage(Orderable):
    """An image of a practice project, with caption and credit."""

    page = ParentalKey(PracticeProjectPage, on_delete=models.CASCADE, related_name="gallery_images")
    image = models.ForeignKey(
        "wagtailimages.Image", verbose_name=_("Bild"), on_delete=models.CASCADE, related_name="+"
    )
    caption = models.CharField(_("Bildunterschrift"), max_length=300, blank=True)
    credit = models.CharField(_("Bildnachweis"), max_length=200, blank=True)

    panels = [FieldPanel("image"), FieldPanel("caption"), FieldPanel("credit")]
    api_fields = [APIField("image"), APIField("caption"), APIField("credit")]
