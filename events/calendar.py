"""The month grid: Monday-to-Sunday rows with ISO week numbers; events sit on every day they span.

Pure functions over dates; the page route fetches the events and renders what these return.
"""

import calendar as _calendar
import datetime
from dataclasses import dataclass, field

MIN_YEAR = 1990
MAX_YEAR = 2100

MONTH_NAMES = [
    "Januar",
    "Februar",
    "März",
    "April",
    "Mai",
    "Juni",
    "Juli",
    "August",
    "September",
    "Oktober",
    "November",
    "Dezember",
]
WEEKDAYS = [
    ("Mo", "Montag"),
    ("Di", "Dienstag"),
    ("Mi", "Mittwoch"),
    ("Do", "Donnerstag"),
    ("Fr", "Freitag"),
    ("Sa", "Samstag"),
    ("So", "Sonntag"),
]


class InvalidMonthError(ValueError):
    """A year or month a visitor typed into the URL that the calendar does not show."""


@dataclass
class Day:
    date: datetime.date
    in_month: bool
    is_today: bool = False
    events: list = field(default_factory=list)

    @property
    def anchor(self):
        return f"tag-{self.date.isoformat()}"

    @property
    def label(self):
        return f"{self.date.day}. {MONTH_NAMES[self.date.month - 1]} {self.date.year}"


@dataclass
class Week:
    number: int  # ISO 8601 week number of the row's Monday (1 to 53)
    iso_year: int
    days: list


@dataclass
class Month:
    year: int
    month: int
    weeks: list

    @property
    def name(self):
        return MONTH_NAMES[self.month - 1]

    @property
    def title(self):
        return f"{self.name} {self.year}"

    @property
    def first(self):
        return self.weeks[0].days[0].date

    @property
    def last(self):
        return self.weeks[-1].days[-1].date

    @property
    def days_with_events(self):
        return [day for week in self.weeks for day in week.days if day.in_month and day.events]

    @property
    def previous(self):
        year, month = (self.year, self.month - 1) if self.month > 1 else (self.year - 1, 12)
        return (year, month) if year >= MIN_YEAR else None

    @property
    def next(self):
        year, month = (self.year, self.month + 1) if self.month < 12 else (self.year + 1, 1)
        return (year, month) if year <= MAX_YEAR else None


def check_month(year, month):
    """Raise InvalidMonthError (German message) unless the calendar can show this month."""
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise InvalidMonthError(
            f"Der Kalender zeigt die Jahre {MIN_YEAR} bis {MAX_YEAR}."
            if abs(year) < 10**6
            else "Dieses Jahr zeigt der Kalender nicht."
        )
    if not 1 <= month <= 12:
        raise InvalidMonthError("Den Monat gibt es nicht: Bitte 1 bis 12 angeben.")


def grid_range(year, month):
    """First Monday and last Sunday of the weeks that touch the month."""
    check_month(year, month)
    weeks = _calendar.Calendar(firstweekday=0).monthdatescalendar(year, month)
    return weeks[0][0], weeks[-1][-1]


def month_grid(year, month, events=(), today=None):
    """The month as weeks of days; each event sits on every day from its start to its end date.

    `events` need `start_date` and `end_date` (dates; `end_date` may be None for one-day events).
    """
    check_month(year, month)
    rows = _calendar.Calendar(firstweekday=0).monthdatescalendar(year, month)
    by_day = {}
    for event in sorted(events, key=_event_sort_key):
        day = event.start_date
        end = max(event.end_date or event.start_date, event.start_date)
        while day <= end:
            by_day.setdefault(day, []).append(event)
            day += datetime.timedelta(days=1)
    weeks = []
    for row in rows:
        iso = row[0].isocalendar()
        days = [
            Day(
                date=d,
                in_month=d.month == month,
                is_today=d == today,
                events=by_day.get(d, []) if d.month == month else [],
            )
            for d in row
        ]
        weeks.append(Week(number=iso.week, iso_year=iso.year, days=days))
    return Month(year=year, month=month, weeks=weeks)


def _event_sort_key(event):
    return (
        event.start_date,
        getattr(event, "start_time", None) or datetime.time.min,
        getattr(event, "pk", 0) or 0,
    )
