"""The month grid: boundaries, ISO weeks (53, year change), events spanning days."""

import calendar
import datetime
from dataclasses import dataclass

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from events.calendar import MAX_YEAR, MIN_YEAR, InvalidMonthError, grid_range, month_grid


@dataclass
class E:
    title: str
    start_date: datetime.date
    end_date: datetime.date | None = None
    start_time: datetime.time | None = None
    pk: int = 0


def numbers(month):
    return [(w.iso_year, w.number) for w in month.weeks]


def test_november_2026_starts_on_a_sunday():
    month = month_grid(2026, 11)
    assert month.first == datetime.date(2026, 10, 26)  # the Monday before 1 November
    assert month.last == datetime.date(2026, 12, 6)
    assert [w.number for w in month.weeks] == [44, 45, 46, 47, 48, 49]
    first_row = month.weeks[0].days
    assert [d.in_month for d in first_row] == [False] * 6 + [True]
    assert first_row[-1].date == datetime.date(2026, 11, 1)


def test_week_53_at_the_end_of_2026_and_the_start_of_2027():
    assert numbers(month_grid(2026, 12))[-1] == (2026, 53)
    january = month_grid(2027, 1)
    assert numbers(january)[0] == (2026, 53)
    assert numbers(january)[1] == (2027, 1)
    # 2020 had a week 53 too; it reaches into January 2021.
    assert numbers(month_grid(2021, 1))[0] == (2020, 53)


def test_year_change_into_week_1():
    """30 and 31 December 2024 belong to ISO week 1 of 2025."""
    december = month_grid(2024, 12)
    last = december.weeks[-1]
    assert (last.iso_year, last.number) == (2025, 1)
    assert [d.date.day for d in last.days] == [30, 31, 1, 2, 3, 4, 5]
    assert [d.in_month for d in last.days] == [True, True] + [False] * 5


def test_four_row_february():
    february = month_grid(2027, 2)  # starts on a Monday, 28 days
    assert len(february.weeks) == 4
    assert all(day.in_month for week in february.weeks for day in week.days)


def test_leap_day():
    days = [d.date for w in month_grid(2028, 2).weeks for d in w.days if d.in_month]
    assert days[-1] == datetime.date(2028, 2, 29)


def test_multi_day_event_sits_on_each_day_and_crosses_the_month_boundary():
    event = E("Modul 1", datetime.date(2026, 10, 30), datetime.date(2026, 11, 2))
    november = month_grid(2026, 11, [event])
    marked = [d.date for d in november.days_with_events]
    assert marked == [datetime.date(2026, 11, 1), datetime.date(2026, 11, 2)]
    # Spill-over days of October stay empty: October's own grid shows them.
    assert not november.weeks[0].days[4].events
    october = month_grid(2026, 10, [event])
    assert [d.date.day for d in october.days_with_events] == [30, 31]


def test_events_across_the_year_change():
    event = E("Jahreswechsel", datetime.date(2026, 12, 31), datetime.date(2027, 1, 1))
    assert [d.date for d in month_grid(2026, 12, [event]).days_with_events] == [
        datetime.date(2026, 12, 31)
    ]
    assert [d.date for d in month_grid(2027, 1, [event]).days_with_events] == [
        datetime.date(2027, 1, 1)
    ]


def test_several_events_on_a_day_in_time_order():
    day = datetime.date(2026, 11, 12)
    late = E("Spät", day, start_time=datetime.time(18, 0), pk=1)
    all_day = E("Ganztägig", day, pk=2)
    early = E("Früh", day, start_time=datetime.time(9, 0), pk=3)
    (marked,) = month_grid(2026, 11, [late, early, all_day]).days_with_events
    assert [e.title for e in marked.events] == ["Ganztägig", "Früh", "Spät"]


def test_end_before_start_counts_as_one_day():
    event = E("Falsch", datetime.date(2026, 11, 5), datetime.date(2026, 11, 3))
    assert len(month_grid(2026, 11, [event]).days_with_events) == 1


def test_today_is_marked():
    month = month_grid(2026, 11, today=datetime.date(2026, 11, 23))
    (today,) = [d for w in month.weeks for d in w.days if d.is_today]
    assert today.date == datetime.date(2026, 11, 23)


def test_previous_and_next_month_wrap_the_year():
    assert month_grid(2026, 1).previous == (2025, 12)
    assert month_grid(2026, 12).next == (2027, 1)
    assert month_grid(MIN_YEAR, 1).previous is None
    assert month_grid(MAX_YEAR, 12).next is None


@pytest.mark.parametrize("year,month", [(2026, 0), (2026, 13), (1000, 5), (99999, 1), (-1, 1)])
def test_months_out_of_range_are_refused_in_german(year, month):
    with pytest.raises(InvalidMonthError) as error:
        grid_range(year, month)
    assert "Jahr" in str(error.value) or "Monat" in str(error.value)


@settings(deadline=None)
@given(st.integers(MIN_YEAR, MAX_YEAR), st.integers(1, 12))
def test_every_month_is_a_proper_grid(year, month):
    grid = month_grid(year, month)
    dates = [d.date for w in grid.weeks for d in w.days]
    assert 4 <= len(grid.weeks) <= 6
    assert dates[0].weekday() == 0 and dates[-1].weekday() == 6
    assert all(b - a == datetime.timedelta(days=1) for a, b in zip(dates, dates[1:], strict=False))
    in_month = [d.date for w in grid.weeks for d in w.days if d.in_month]
    assert len(in_month) == calendar.monthrange(year, month)[1]
    for week in grid.weeks:
        iso = week.days[0].date.isocalendar()
        assert (week.iso_year, week.number) == (iso.year, iso.week)
        assert 1 <= week.number <= 53
