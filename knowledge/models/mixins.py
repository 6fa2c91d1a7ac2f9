"""Abstract building blocks shared by the knowledge page types (and by other apps' pages).

Pages that search and listings treat alike expose the same names: `summary`, `themes`,
`municipality` (or None), `year` (or None) and `target_groups` (or none).
"""

from django.core.validators import MaxLengthValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.models import Page
from wagtail.search import index

from .taxonomy import PageKeyword, PageTheme

ARCHIVED_DEFAULT_NOTICE = _(
    "Dieses Projekt ist abgeschlossen. Die Seite bleibt zur Information online, wird aber nicht "
    "mehr aktualisiert."
)


class ArchivableMixin(models.Model):
    """Marks a finished project's page: it stays online with a notice and listings label it."""

    is_archived = models.BooleanField(
        _("Archiviert"),
        default=False,
        help_text=_(
            "Abgeschlossene Inhalte bleiben online, werden aber als Archiv gekennzeichnet."
        ),
    )
    archived_note = models.CharField(
        _("Hinweis zur Archivierung"),
        max_length=300,
        blank=True,
        help_text=_("Leer lassen für den Standardhinweis."),
    )

    archive_panels = [
        MultiFieldPanel(
            [FieldPanel("is_archived"), FieldPanel("archived_note")], heading=_("Archiv")
        )
    ]

    class Meta:
        abstract = True

    @property
    def archived_notice(self):
        return self.archived_note or ARCHIVED_DEFAULT_NOTICE


def theme_field(related_name):
    """Themes from the curated vocabulary; each page type needs its own reverse name."""
    return ClusterTaggableManager(
        through=PageTheme,
        blank=True,
        verbose_name=_("Themen"),
        related_name=related_name,
        help_text=_("Themen aus der festen Liste der Redaktion."),
    )


def keyword_field(related_name):
    """Free keywords beside the themes."""
    return ClusterTaggableManager(
        through=PageKeyword,
        blank=True,
        verbose_name=_("Schlagwörter"),
        related_name=related_name,
        help_text=_("Freie Schlagwörter, durch Komma getrennt."),
    )


class FilteredListingMixin:
    """An index page whose listing reads filters from the query string.

    `listing_context(request)` returns the listing's context and a list of German error messages;
    when there are errors the page still renders (with the messages) but answers 400.
    """

    def listing_context(self, request):
        raise NotImplementedError

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(self.listing_context(request))
        return context

    def serve(self, request, *args, **kwargs):
        response = super().serve(request, *args, **kwargs)
        if getattr(response, "context_data", None) and response.context_data.get("errors"):
            response.status_code = 400
        return response


def form_errors(form):
    """All of a bound form's messages as a flat list."""
    return [message for messages in form.errors.values() for message in messages]


class KnowledgePage(ArchivableMixin, Page):
    """Base of every page in the knowledge collection: a short summary, themes and keywords.

    Subclasses declare `themes = theme_field(...)` and `keywords = keyword_field(...)`.
    """

    summary = models.TextField(
        _("Kurzbeschreibung"),
        max_length=300,
        validators=[MaxLengthValidator(300)],
        help_text=_("Höchstens 300 Zeichen; erscheint in Listen und Suchergebnissen."),
    )
    tagging_panels = [
        MultiFieldPanel(
            [FieldPanel("themes"), FieldPanel("keywords")], heading=_("Verschlagwortung")
        )
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary", boost=3),
        index.RelatedFields("themes", [index.SearchField("name", boost=2)]),
        index.RelatedFields("keywords", [index.SearchField("name")]),
        index.FilterField("is_archived"),
    ]
    api_fields = [
        APIField("summary"),
        APIField("themes"),
        APIField("keywords"),
        APIField("is_archived"),
    ]

    card_template = "knowledge/includes/page_card.html"

    class Meta:
        abstract = True

    @classmethod
    def for_listing(cls, queryset):
        """Fetch what this type's card shows in a fixed number of queries; extend per type."""
        return queryset.prefetch_related("themes")
