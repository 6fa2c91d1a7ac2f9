"""Template helpers for events: German date ranges and the month calendar's URLs."""

from django import template
from django.utils.formats import date_format

register = template.Library()


def _time(value):
    return f"{value:%H:%M}"


@register.filter
def when(event):
    """'Donnerstag, 12. November 2026, 10:00–16:00 Uhr' or '12.–13. November 2026 (ganztägig)'."""
    start, last = event.start_date, event.last_date
    if last == start:
        text = date_format(start, "l, j. F Y")
    elif (start.year, start.month) == (last.year, last.month):
        text = f"{start.day}.–{date_format(last, 'j. F Y')}"
    elif start.year == last.year:
        text = f"{date_format(start, 'j. F')} – {date_format(last, 'j. F Y')}"
    else:
        text = f"{date_format(start, 'j. F Y')} – {date_format(last, 'j. F Y')}"
    if event.all_day:
        return text if event.is_multi_day else f"{text} (ganztägig)"
    if event.end_time and event.end_time != event.start_time:
        return f"{text}, {_time(event.start_time)}–{_time(event.end_time)} Uhr"
    return f"{text}, {_time(event.start_time)} Uhr"


@register.simple_tag
def month_url(index, year, month):
    """URL of one month of the calendar (/termine/2026/11/)."""
    return index.url + index.reverse_subpage("month", args=(year, f"{month:02d}"))


@register.simple_tag
def archive_url(index, year):
    """URL of the archive of one year (/termine/archiv/2025/)."""
    return index.archive_url(year)
