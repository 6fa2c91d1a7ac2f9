"""iCalendar (RFC 5545) for single events and the subscribable feed, in Europe/Berlin time."""

import datetime

from django.http import HttpResponse
from django.utils import timezone
from icalendar import Calendar, Event, Timezone, vText

from knowledge.absolute_urls import page_url

PRODID = "-//IQZ Bochum//Kommunales Familienmanagement NRW//DE"
UID_DOMAIN = "familienmanagement-nrw.de"


def _berlin_timezone():
    return Timezone.from_tzid("Europe/Berlin")


def event_component(event, request=None):
    component = Event()
    component.add("uid", f"termin-{event.pk}@{UID_DOMAIN}")
    stamp = event.last_published_at or event.latest_revision_created_at or timezone.now()
    component.add("dtstamp", stamp.astimezone(datetime.UTC))
    if event.all_day:
        component.add("dtstart", event.start_date)
        # DTEND of an all-day event is exclusive: the day after the last day.
        component.add("dtend", event.last_date + datetime.timedelta(days=1))
    else:
        component.add("dtstart", event.starts_at)
        component.add("dtend", max(event.ends_at, event.starts_at))
    component.add("summary", event.title)
    url = page_url(event, request)
    description = event.summary
    if url:
        description = f"{description}\n\n{url}"
        component.add("url", url)
    component.add("description", description)
    location = ", ".join(part for part in (event.venue, event.address) if part)
    if not location and event.municipality_id:
        location = event.municipality.name
    if location:
        component.add("location", location)
    component.add("categories", [vText(event.get_kind_display())])
    component.add("status", "CONFIRMED")
    return component


def calendar_for(events, request=None, name=None):
    """An iCalendar document (bytes) with a VTIMEZONE for Europe/Berlin and one VEVENT each."""
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    if name:
        calendar.add("x-wr-calname", name)
        calendar.add("x-wr-timezone", "Europe/Berlin")
        calendar.add(
            "refresh-interval", datetime.timedelta(hours=12), parameters={"VALUE": "DURATION"}
        )
    calendar.add_component(_berlin_timezone())
    for event in events:
        calendar.add_component(event_component(event, request))
    return calendar.to_ical()


def response(body, filename, inline=False):
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    disposition = "inline" if inline else "attachment"
    response["Content-Disposition"] = f'{disposition}; filename="{filename}"'
    return response
