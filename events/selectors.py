"""Read-side queries for events: calendar ranges, upcoming dates, the yearly archive."""

from django.db.models import Q
from django.db.models.functions import ExtractYear
from django.utils import timezone

from knowledge.access import viewable
from knowledge.models import WorkingGroupResultPage
from knowledge.selectors import with_theme

from .models import EventPage

ORDER = ("start_date", "start_time", "title")


def _events(user, kind=None, thema=None):
    queryset = viewable(EventPage.objects.all(), user)
    if kind:
        queryset = queryset.filter(kind=kind)
    if thema:
        queryset = with_theme(queryset, thema.slug)
    return EventPage.for_listing(queryset)


def in_range(user, first, last):
    """Events touching any day from `first` to `last` (multi-day events included)."""
    return list(_events(user).filter(start_date__lte=last, end_date__gte=first).order_by(*ORDER))


def upcoming(user, art=None, thema=None, today=None):
    """Events not yet over, soonest first (a running multi-day event counts as upcoming)."""
    today = today or timezone.localdate()
    return _events(user, art, thema).filter(end_date__gte=today).order_by(*ORDER)


def past_in_year(user, year, art=None, thema=None, today=None):
    """Events of one year that are over, latest first."""
    today = today or timezone.localdate()
    return (
        _events(user, art, thema)
        .filter(start_date__year=year, end_date__lt=today)
        .order_by("-start_date", "-start_time", "title")
    )


def archive_years(user, today=None):
    """Years that have past events, newest first."""
    today = today or timezone.localdate()
    years = (
        viewable(EventPage.objects.filter(end_date__lt=today), user)
        .annotate(y=ExtractYear("start_date"))
        .order_by("-y")
        .values_list("y", flat=True)
        .distinct()
    )
    return list(years)


def next_dates(user, limit=3):
    """The next few dates for the home page."""
    return list(upcoming(user)[:limit])


def results_of(event, user):
    """Working-group results linked to the event, readable ones only, in the editor's order."""
    ids = [link.result_id for link in event.result_links.all()]
    if not ids:
        return []
    found = viewable(WorkingGroupResultPage.objects.filter(pk__in=ids), user).in_bulk()
    return [found[pk] for pk in ids if pk in found]


def events_in_municipality(place, user, limit=5):
    """Upcoming events held in a place, or for a Kreis in any of its towns (municipality pages)."""
    queryset = upcoming(user).filter(Q(municipality=place) | Q(municipality__kreis=place))
    return list(queryset[:limit])
