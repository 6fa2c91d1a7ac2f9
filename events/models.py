"""Events: the calendar of course modules, workshops and network meetings, at /termine/."""

import datetime
from zoneinfo import ZoneInfo

from django.core.exceptions import ValidationError
from django.core.validators import MaxLengthValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    PageChooserPanel,
)
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from knowledge.blocks import BodyBlock
from knowledge.models.mixins import theme_field

BERLIN = ZoneInfo("Europe/Berlin")


class EventKind(models.TextChoices):
    MODULE = "kursmodul", _("Kursmodul")
    WORKSHOP = "werkstatt", _("Werkstatt")
    MANAGERS = "familienmanagertreffen", _("Familienmanagertreffen")
    DISTRICT = "kreistreffen", _("Kreistreffen")
    CONFERENCE = "fachtag", _("Fachtag")


class EventIndexPage(RoutablePageMixin, Page):
    """The events section: month calendar, "Alle Termine", the yearly archive and the feed."""

    lead = models.TextField(_("Einleitung"), max_length=600, blank=True)

    content_panels = [*Page.content_panels, FieldPanel("lead")]
    search_fields = [*Page.search_fields, index.SearchField("lead")]
    api_fields = [APIField("lead")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["events.EventPage"]
    max_count = 1

    class Meta:
        verbose_name = _("Termine (Übersicht)")

    @path("")
    def current_month(self, request):
        today = timezone.localdate()
        return self._month(request, today.year, today.month, is_start=True)

    @path("<int:year>/<int:month>/", name="month")
    def month(self, request, year, month):
        return self._month(request, year, month)

    def _month(self, request, year, month, is_start=False):
        from events import selectors
        from events.calendar import WEEKDAYS, InvalidMonthError, grid_range, month_grid

        try:
            first, last = grid_range(year, month)
        except InvalidMonthError as error:
            return self._not_found(request, str(error))
        events = selectors.in_range(request.user, first, last)
        grid = month_grid(year, month, events, today=timezone.localdate())
        return self.render(
            request,
            template="events/event_index_page.html",
            context_overrides={
                "month": grid,
                "weekdays": WEEKDAYS,
                "is_start": is_start,
                "upcoming": selectors.upcoming(request.user)[:5] if is_start else [],
            },
        )

    @path("alle/", name="all")
    def all_events(self, request):
        return self._listing(request, year=None)

    @path("archiv/<int:year>/", name="archive")
    def archive(self, request, year):
        from events.calendar import MAX_YEAR, MIN_YEAR

        if not MIN_YEAR <= year <= MAX_YEAR:
            return self._not_found(request, f"Das Archiv reicht von {MIN_YEAR} bis {MAX_YEAR}.")
        return self._listing(request, year=year)

    def _not_found(self, request, message):
        """A German 404 that says what was wrong and links back to the calendar."""
        response = self.render(
            request, template="events/not_found.html", context_overrides={"error": message}
        )
        response.status_code = 404
        return response

    def _listing(self, request, year):
        from events import selectors
        from events.forms import EventFilterForm
        from knowledge.models.mixins import form_errors

        form = EventFilterForm(request.GET)
        events, errors = [], []
        if form.is_valid():
            filters = form.cleaned_data
            if year is None:
                events = selectors.upcoming(request.user, **filters)
            else:
                events = selectors.past_in_year(request.user, year, **filters)
        else:
            errors = form_errors(form)
        response = self.render(
            request,
            template="events/event_list.html",
            context_overrides={
                "form": form,
                "events": events,
                "errors": errors,
                "archive_year": year,
                "archive_years": selectors.archive_years(request.user),
            },
        )
        if errors:
            response.status_code = 400
        return response

    @path("ical/", name="feed")
    def ical_feed(self, request):
        from events import ical, selectors

        body = ical.calendar_for(
            selectors.upcoming(request.user), request, name="Termine – Familienmanagement NRW"
        )
        return ical.response(body, "termine.ics", inline=True)

    @property
    def feed_url(self):
        return self.url + self.reverse_subpage("feed") if self.url else ""

    @property
    def all_url(self):
        return self.url + self.reverse_subpage("all") if self.url else ""

    def get_sitemap_urls(self, request=None):
        urls = super().get_sitemap_urls(request)
        base = self.get_full_url(request)
        return urls + [{"location": base + self.reverse_subpage("all")}] if base else urls

    def archive_url(self, year):
        return self.url + self.reverse_subpage("archive", args=(year,)) if self.url else ""


class EventPage(RoutablePageMixin, Page):
    """One date: a course module, a Werkstatt, a network or Kreis meeting, a Fachtag."""

    kind = models.CharField(_("Art"), max_length=30, choices=EventKind.choices)
    start_date = models.DateField(_("Beginn (Datum)"), db_index=True)
    start_time = models.TimeField(
        _("Beginn (Uhrzeit)"), null=True, blank=True, help_text=_("Leer lassen für ganztägig.")
    )
    end_date = models.DateField(
        _("Ende (Datum)"),
        null=True,
        blank=True,
        db_index=True,
        help_text=_("Leer lassen, wenn der Termin an einem Tag stattfindet."),
    )
    end_time = models.TimeField(_("Ende (Uhrzeit)"), null=True, blank=True)
    summary = models.TextField(
        _("Kurzbeschreibung"),
        max_length=300,
        validators=[MaxLengthValidator(300)],
        help_text=_("Höchstens 300 Zeichen; erscheint in Listen, im Kalender und im Feed."),
    )
    body = StreamField(BodyBlock(), verbose_name=_("Beschreibung"), blank=True)
    venue = models.CharField(
        _("Veranstaltungsort"),
        max_length=200,
        blank=True,
        help_text=_("z. B. Veranstaltungszentrum der Ruhr-Universität Bochum"),
    )
    address = models.CharField(_("Anschrift"), max_length=300, blank=True)
    municipality = models.ForeignKey(
        "knowledge.Municipality",
        verbose_name=_("Kommune"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="events",
    )
    registration_url = models.URLField(_("Link zur Anmeldung"), blank=True)
    registration_deadline = models.DateField(_("Anmeldeschluss"), null=True, blank=True)
    themes = theme_field("event_pages")

    content_panels = [
        *Page.content_panels,
        FieldPanel("kind"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("start_date"), FieldPanel("start_time")]),
                FieldRowPanel([FieldPanel("end_date"), FieldPanel("end_time")]),
            ],
            heading=_("Datum und Uhrzeit"),
        ),
        MultiFieldPanel(
            [FieldPanel("venue"), FieldPanel("address"), FieldPanel("municipality")],
            heading=_("Ort"),
        ),
        FieldPanel("summary"),
        FieldPanel("body"),
        MultiFieldPanel(
            [FieldPanel("registration_url"), FieldPanel("registration_deadline")],
            heading=_("Anmeldung"),
        ),
        FieldPanel("themes"),
        InlinePanel(
            "result_links",
            heading=_("Ergebnisse aus diesem Termin"),
            label=_("Arbeitsgruppen-Ergebnis"),
        ),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary", boost=3),
        index.SearchField("body"),
        index.SearchField("venue"),
        index.RelatedFields("themes", [index.SearchField("name", boost=2)]),
        index.RelatedFields("municipality", [index.SearchField("name", boost=2)]),
        index.FilterField("kind"),
        index.FilterField("start_date"),
        index.FilterField("end_date"),
    ]
    api_fields = [
        APIField("kind"),
        APIField("start_date"),
        APIField("start_time"),
        APIField("end_date"),
        APIField("end_time"),
        APIField("summary"),
        APIField("venue"),
        APIField("address"),
        APIField("municipality"),
        APIField("registration_url"),
        APIField("registration_deadline"),
        APIField("themes"),
    ]

    parent_page_types = ["events.EventIndexPage"]
    subpage_types = []
    card_template = "events/includes/event_card.html"

    class Meta:
        verbose_name = _("Termin")
        verbose_name_plural = _("Termine")

    # --- Shared names for listings and search -------------------------------------------

    @property
    def year(self):
        return self.start_date.year if self.start_date else None

    target_groups = ()

    @property
    def is_archived(self):
        return False

    @classmethod
    def for_listing(cls, queryset):
        return queryset.select_related("municipality").prefetch_related("themes")

    @property
    def place_lines(self):
        """Venue, address and municipality, each once (no "44139 Dortmund", then "Dortmund")."""
        lines = [line for line in (self.venue, self.address) if line]
        if self.municipality_id:
            name = self.municipality.name
            if not any(name.casefold() in line.casefold() for line in lines):
                lines.append(name)
        return lines

    # --- Dates ------------------------------------------------------------------------------

    @property
    def all_day(self):
        return self.start_time is None

    @property
    def last_date(self):
        return self.end_date or self.start_date

    @property
    def is_multi_day(self):
        return self.last_date > self.start_date

    @property
    def starts_at(self):
        """Aware start (Europe/Berlin) for timed events, None for all-day ones."""
        if self.all_day:
            return None
        return datetime.datetime.combine(self.start_date, self.start_time, tzinfo=BERLIN)

    @property
    def ends_at(self):
        if self.all_day:
            return None
        end_time = self.end_time or self.start_time
        return datetime.datetime.combine(self.last_date, end_time, tzinfo=BERLIN)

    def is_past(self, today=None):
        return self.last_date < (today or timezone.localdate())

    @property
    def registration_open(self):
        if not self.registration_url or self.is_past():
            return False
        deadline = self.registration_deadline
        return deadline is None or deadline >= timezone.localdate()

    def clean(self):
        super().clean()
        errors = {}
        if self.end_date and self.start_date and self.end_date < self.start_date:
            errors["end_date"] = _("Das Ende darf nicht vor dem Beginn liegen.")
        if self.end_time and not self.start_time:
            errors["end_time"] = _(
                "Eine Endzeit braucht eine Anfangszeit; für ganztägige Termine beide leer lassen."
            )
        if (
            self.start_time
            and self.end_time
            and self.last_date == self.start_date
            and self.end_time < self.start_time
        ):
            errors["end_time"] = _("Die Endzeit liegt vor der Anfangszeit.")
        if (
            self.registration_deadline
            and self.start_date
            and self.registration_deadline > self.last_date
        ):
            errors["registration_deadline"] = _(
                "Der Anmeldeschluss muss vor dem Ende des Termins liegen."
            )
        if errors:
            raise ValidationError(errors)

    def save(self, *args, **kwargs):
        if self.end_date is None and self.start_date is not None:
            self.end_date = self.start_date
        super().save(*args, **kwargs)

    # --- Views ------------------------------------------------------------------------------

    @path("")
    def detail(self, request):
        return self.render(request)

    @path("ical/", name="ics")
    def ics(self, request):
        from events import ical

        return ical.response(ical.calendar_for([self], request), f"{self.slug}.ics")

    def get_context(self, request, *args, **kwargs):
        from events import selectors

        context = super().get_context(request, *args, **kwargs)
        context["results"] = selectors.results_of(self, request.user)
        return context

    @property
    def ics_url(self):
        return self.url + self.reverse_subpage("ics") if self.url else ""


class EventResultLink(Orderable):
    """A working-group result that came out of this event."""

    page = ParentalKey(EventPage, on_delete=models.CASCADE, related_name="result_links")
    result = models.ForeignKey(
        "knowledge.WorkingGroupResultPage",
        verbose_name=_("Ergebnis"),
        on_delete=models.CASCADE,
        related_name="+",
    )

    panels = [PageChooserPanel("result")]

    class Meta(Orderable.Meta):
        verbose_name = _("Verknüpftes Ergebnis")
