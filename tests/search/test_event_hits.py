"""Event hits on /suche/ say when the event is (not only the year) and mark past ones."""

import datetime

import pytest
from django.utils import timezone

from tests.builders import add_event, event_index

pytestmark = pytest.mark.django_db


def test_event_hits_show_their_date_and_past_ones_are_marked(
    client, home_page, django_capture_on_commit_callbacks
):
    today = timezone.localdate()
    index = event_index(home_page)
    with django_capture_on_commit_callbacks(execute=True):
        coming = add_event(
            index, title="Elternwerkstatt Frühling", start=today + datetime.timedelta(days=30)
        )
        past = add_event(
            index, title="Elternwerkstatt Herbst", start=today - datetime.timedelta(days=30)
        )

    response = client.get("/suche/", {"q": "Elternwerkstatt"})
    assert response.status_code == 200
    html = response.content.decode()
    blocks = html.split('<li class="card search-hit">')[1:]
    hits = {
        title: next(b for b in blocks if f">{title}</a>" in b)
        for title in (coming.title, past.title)
    }
    for event, meta in ((coming, hits[coming.title]), (past, hits[past.title])):
        assert f'<time datetime="{event.start_date:%Y-%m-%d}">' in meta
        assert f"{event.start_date.day}. " in meta  # "12. November 2026", not "2026"
    assert "Vergangener Termin" in hits[past.title]
    assert "Vergangener Termin" not in hits[coming.title]
