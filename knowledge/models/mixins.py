"""Abstract building blocks shared by the knowledge page types (and by other apps' pages).

Pages that search and listings treat alike expose the same names: `summary`, `themes`,
`municipality` (or None), `year` (or None) and `target_groups` (or none).
"""

import calendar
import datetime

from django import forms
from django.core.validators import MaxLengthValidator, MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.models import Page
from wagtail.search import index

from .taxonomy import PageKeyword, PageTheme, Theme

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


def add_months(day, months):
    """`day` plus whole months; the 31st becomes the last day of a shorter month."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return datetime.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


class ReviewableMixin(models.Model):
    """A content page whose facts someone checks at regular intervals ("zuletzt geprüft am").

    `last_reviewed_at` belongs to the page, not to a revision: marking a page as reviewed
    (`knowledge.review.mark_reviewed`) writes it without a new revision, and publishing a revision
    keeps it (see `with_content_json`). A first publication counts as a review. The interval
    defaults to `review_interval_default` months per page type; `review_due_at` is derived on save
    so that "due for review" is one indexed filter.
    """

    review_interval_default = 12

    last_reviewed_at = models.DateField(
        _("Zuletzt geprüft am"),
        null=True,
        blank=True,
        help_text=_("Wird mit „Als geprüft markieren“ gesetzt, ohne neue Version der Seite."),
    )
    review_interval_months = models.PositiveSmallIntegerField(
        _("Prüfintervall (Monate)"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1), MaxValueValidator(60)],
        help_text=_("Leer lassen für den Standard dieses Seitentyps."),
    )
    review_due_at = models.DateField(
        _("Nächste Prüfung fällig am"), null=True, blank=True, editable=False, db_index=True
    )

    review_panels = [
        MultiFieldPanel(
            [
                FieldPanel("last_reviewed_at", read_only=True),
                FieldPanel("review_interval_months"),
            ],
            heading=_("Aktualität"),
        )
    ]

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        # Partial saves (a draft revision's bookkeeping) leave the review fields alone: the
        # object in hand may predate a "reviewed" mark made meanwhile.
        if kwargs.get("update_fields") is None:
            if self.live and self.last_reviewed_at is None:
                self.last_reviewed_at = timezone.localdate()
            self.review_due_at = self.next_review_date()
        return super().save(*args, **kwargs)

    @property
    def review_interval(self):
        return self.review_interval_months or self.review_interval_default

    def next_review_date(self, reviewed_on=None):
        reviewed_on = reviewed_on or self.last_reviewed_at
        return add_months(reviewed_on, self.review_interval) if reviewed_on else None

    def with_content_json(self, content):
        """A revision's content with the review date the page has now (no revision owns it).

        Read from the database, not from `self`: the object a revision holds may predate a
        "reviewed" mark made since.
        """
        obj = super().with_content_json(content)
        if self.pk:
            current = type(self).objects.filter(pk=self.pk).values_list("last_reviewed_at")
            obj.last_reviewed_at = next(iter(current), (self.last_reviewed_at,))[0]
        return obj


class ThemeChoiceField(forms.ModelMultipleChoiceField):
    """The themes as checkboxes: editors pick from the list and cannot misspell or split one.

    A tag box would split "Freizeit, Kultur und Sport" at its comma and drop the theme.
    """

    widget = forms.CheckboxSelectMultiple
    default_error_messages = {
        "invalid_choice": _("Dieses Thema gibt es nicht. Bitte wählen Sie aus der Liste."),
        "invalid_pk_value": _("Dieses Thema gibt es nicht. Bitte wählen Sie aus der Liste."),
    }

    def __init__(self, **kwargs):
        kwargs.pop("tag_model", None)  # given by Wagtail's override for tag fields
        super().__init__(queryset=Theme.objects.order_by("sort_order", "name"), **kwargs)


class ThemeTaggableManager(ClusterTaggableManager):
    """The themes relation (taggit through PageTheme) with a choice field in every form.

    The database sees a plain ClusterTaggableManager, so migrations name that class.
    """

    def formfield(self, **kwargs):
        kwargs["form_class"] = ThemeChoiceField
        return super().formfield(**kwargs)

    def deconstruct(self):
        name, _path, args, kwargs = super().deconstruct()
        return name, "modelcluster.contrib.taggit.ClusterTaggableManager", args, kwargs


def theme_field(related_name):
    """Themes from the curated vocabulary; each page type needs its own reverse name."""
    return ThemeTaggableManager(
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


class KnowledgePage(ReviewableMixin, ArchivableMixin, Page):
    """Base of every page in the knowledge collection: a short summary, themes and keywords.

    Subclasses declare `themes = theme_field(...)` and `keywords = keyword_field(...)`.
    """

    summary = models.TextField(
        _("Kurzbeschreibung"),
        max_length=300,
        validators=[MaxLengthValidator(300)],
        help_text=_("Höchstens 300 Zeichen; erscheint in Listen und Suchergebnissen."),
    )
    settings_panels = [*Page.settings_panels, *ReviewableMixin.review_panels]
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
