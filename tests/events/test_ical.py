"""iCalendar: each event and the feed parse back, carry Europe/Berlin and hide private events."""

import datetime
from zoneinfo import ZoneInfo

import pytest
from django.utils import timezone
from icalendar import Calendar

from tests.builders import add_event, event_index, municipality, restrict_to_login

pytestmark = pytest.mark.django_db

BERLIN = ZoneInfo("Europe/Berlin")
TODAY = timezone.localdate()
DAY = datetime.timedelta(days=1)


@pytest.fixture
def index(home_page):
    return event_index(home_page)


def parse(response):
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    calendar = Calendar.from_ical(response.content)
    return calendar, list(calendar.walk("VEVENT"))


def test_timed_event_in_berlin_time(client, index):
    event = add_event(
        index,
        title="Modul 3: Verwaltungsstrukturen",
        kind="kursmodul",
        start=datetime.date(2027, 5, 6),
        end_date=datetime.date(2027, 5, 7),
        start_time=datetime.time(9, 30),
        end_time=datetime.time(16, 0),
        venue="Veranstaltungszentrum der Ruhr-Universität Bochum",
        address="Universitätsstraße 150, 44801 Bochum",
    )
    response = client.get(f"{event.url}ical/")
    assert 'attachment; filename="' in response["Content-Disposition"]
    calendar, (vevent,) = parse(response)
    assert calendar["VERSION"] == "2.0" and calendar["PRODID"]
    (vtimezone,) = calendar.walk("VTIMEZONE")
    assert vtimezone["TZID"] == "Europe/Berlin"
    start, end = vevent.decoded("DTSTART"), vevent.decoded("DTEND")
    assert start == datetime.datetime(2027, 5, 6, 9, 30, tzinfo=BERLIN)
    assert end == datetime.datetime(2027, 5, 7, 16, 0, tzinfo=BERLIN)
    assert start.utcoffset() == datetime.timedelta(hours=2)  # summer time
    assert vevent["DTSTART"].params["TZID"] == "Europe/Berlin"
    assert str(vevent["SUMMARY"]) == "Modul 3: Verwaltungsstrukturen"
    assert "Universitätsstraße 150" in str(vevent["LOCATION"])
    assert str(vevent["URL"]).endswith(event.url)
    assert str(vevent["UID"]) == f"termin-{event.pk}@familienmanagement-nrw.de"
    assert vevent.decoded("DTSTAMP").tzinfo is not None
    assert b"\r\n" in response.content  # RFC 5545 line endings


def test_winter_time_offset(client, index):
    event = add_event(index, start=datetime.date(2026, 12, 3), start_time=datetime.time(10, 0))
    _, (vevent,) = parse(client.get(f"{event.url}ical/"))
    assert vevent.decoded("DTSTART").utcoffset() == datetime.timedelta(hours=1)


def test_all_day_events_use_dates_with_exclusive_end(client, index):
    event = add_event(
        index,
        title="Fachtag",
        kind="fachtag",
        start=datetime.date(2026, 12, 30),
        end_date=datetime.date(2027, 1, 1),
        municipality=municipality("Unna"),
    )
    _, (vevent,) = parse(client.get(f"{event.url}ical/"))
    assert vevent.decoded("DTSTART") == datetime.date(2026, 12, 30)
    assert vevent.decoded("DTEND") == datetime.date(2027, 1, 2)
    assert str(vevent["LOCATION"]) == "Unna"


def test_feed_holds_upcoming_public_events_only(client, index):
    add_event(index, title="Bald", start=TODAY + 3 * DAY)
    add_event(index, title="Vorbei", start=TODAY - 30 * DAY)
    add_event(index, title="Entwurf", publish=False)
    restrict_to_login(add_event(index, title="Intern"))
    response = client.get("/termine/ical/")
    assert response["Content-Disposition"].startswith("inline")
    calendar, events = parse(response)
    assert [str(e["SUMMARY"]) for e in events] == ["Bald"]
    assert str(calendar["X-WR-CALNAME"]).startswith("Termine")
    assert len(calendar.walk("VTIMEZONE")) == 1


def test_feed_is_announced_on_the_calendar_page(client, index):
    html = client.get("/termine/").content.decode()
    assert 'type="text/calendar"' in html and 'href="/termine/ical/"' in html
