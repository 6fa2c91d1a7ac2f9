"""Working-group results from the network meetings of family managers."""

from django import forms
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
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


class WorkingGroupIndexPage(FilteredListingMixin, ArchivableMixin, Page):
    """The results of the working groups, grouped by meeting."""

    per_page = 20

    lead = models.TextField(_("Einleitung"), max_length=600, blank=True)
    body = StreamField(BodyBlock(), verbose_name=_("Inhalt"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("lead"), FieldPanel("body")]
    search_fields = [*Page.search_fields, index.SearchField("lead")]
    api_fields = [APIField("lead")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["knowledge.WorkingGroupResultPage"]
    max_count = 1

    class Meta:
        verbose_name = _("Arbeitsgruppen-Ergebnisse (Übersicht)")

    def listing_context(self, request):
        from knowledge import selectors
        from knowledge.forms import WorkingGroupFilterForm

        form = WorkingGroupFilterForm(request.GET)
        results = WorkingGroupResultPage.objects.none()
        errors = []
        if form.is_valid():
            data = form.cleaned_data
            results = selectors.working_group_results(
                request.user, theme=data["thema"], kind=data["art"], year=data["jahr"]
            )
        else:
            errors = form_errors(form)
        try:
            page = paginate(results, request.GET.get("seite"), self.per_page)
        except InvalidPageError as error:
            errors.append(str(error))
            page = paginate(WorkingGroupResultPage.objects.none(), 1, self.per_page)
        return {"form": form, "results": page, "errors": errors}


class WorkingGroupResultPage(KnowledgePage):
    """What one working group found at one meeting: key findings and agreed next steps."""

    themes = theme_field("working_group_result_pages")
    keywords = keyword_field("keyword_working_group_result_pages")
    meeting = models.ForeignKey(
        "knowledge.Meeting",
        verbose_name=_("Treffen"),
        on_delete=models.PROTECT,
        related_name="results",
    )
    working_group = models.ForeignKey(
        "knowledge.WorkingGroup",
        verbose_name=_("Arbeitsgruppe"),
        on_delete=models.PROTECT,
        related_name="results",
        help_text=_(
            "Ergebnisse derselben Arbeitsgruppe aus verschiedenen Treffen werden "
            "miteinander verknüpft."
        ),
    )
    participating_municipalities = ParentalManyToManyField(
        "knowledge.Municipality",
        verbose_name=_("Beteiligte Kommunen"),
        blank=True,
        related_name="working_group_results",
    )
    next_steps = RichTextField(
        _("Vereinbarte nächste Schritte"), features=RICH_TEXT_FEATURES, blank=True
    )
    body = StreamField(BodyBlock(), verbose_name=_("Weitere Inhalte"), blank=True)

    content_panels = [
        *Page.content_panels,
        FieldRowPanel([FieldPanel("meeting"), FieldPanel("working_group")]),
        FieldPanel("summary"),
        InlinePanel("findings", heading=_("Kernergebnisse"), label=_("Ergebnis"), min_num=1),
        FieldPanel("next_steps"),
        FieldPanel("body"),
        InlinePanel("documents", heading=_("Dokumente"), label=_("Dokument")),
        MultiFieldPanel(
            [FieldPanel("participating_municipalities", widget=forms.SelectMultiple)],
            heading=_("Beteiligung"),
        ),
        *KnowledgePage.tagging_panels,
        *ArchivableMixin.archive_panels,
    ]
    search_fields = [
        *KnowledgePage.search_fields,
        index.SearchField("next_steps"),
        index.SearchField("body"),
        index.RelatedFields(
            "findings",
            [
                index.SearchField("headline", boost=2),
                index.SearchField("explanation"),
            ],
        ),
        index.RelatedFields("working_group", [index.SearchField("name", boost=2)]),
        index.RelatedFields("meeting", [index.SearchField("title"), index.SearchField("place")]),
        index.FilterField("meeting"),
        index.FilterField("working_group"),
    ]
    api_fields = [
        *KnowledgePage.api_fields,
        APIField("meeting"),
        APIField("working_group"),
        APIField("findings"),
        APIField("next_steps"),
        APIField("documents"),
    ]

    parent_page_types = ["knowledge.WorkingGroupIndexPage"]
    subpage_types = []
    card_template = "knowledge/includes/result_card.html"

    class Meta:
        verbose_name = _("Arbeitsgruppen-Ergebnis")
        verbose_name_plural = _("Arbeitsgruppen-Ergebnisse")

    @classmethod
    def for_listing(cls, queryset):
        return queryset.select_related(
            "meeting", "meeting__municipality", "working_group"
        ).prefetch_related("themes")

    def get_context(self, request, *args, **kwargs):
        from knowledge import selectors

        context = super().get_context(request, *args, **kwargs)
        context["sibling_results"] = selectors.sibling_results(self, request.user)
        return context

    @property
    def municipality(self):
        return self.meeting.municipality

    @property
    def year(self):
        return self.meeting.date.year


class WorkingGroupFinding(Orderable):
    """A key finding: a headline and its explanation."""

    page = ParentalKey(WorkingGroupResultPage, on_delete=models.CASCADE, related_name="findings")
    headline = models.CharField(_("Kernaussage"), max_length=250)
    explanation = models.TextField(_("Erläuterung"), blank=True)

    panels = [FieldPanel("headline"), FieldPanel("explanation")]
    api_fields = [APIField("headline"), APIField("explanation")]


class WorkingGroupDocument(Orderable):
    """A document from the working group (minutes, flip-chart photos, presentation)."""

    page = ParentalKey(WorkingGroupResultPage, on_delete=models.CASCADE, related_name="documents")
    document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("Dokument"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    title = models.CharField(_("Linktext"), max_length=200, blank=True)

    panels = [FieldPanel("document"), FieldPanel("title")]
    api_fields = [APIField("document"), APIField("title")]

    @property
    def link_text(self):
        return self.title or self.document.title
