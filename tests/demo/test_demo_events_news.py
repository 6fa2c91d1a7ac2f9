"""The demo's year of events, ten news items and three press releases load and show up."""

from django.core.management import call_command

from events.models import EventPage
from news.models import NewsPage


def test_demo_events_and_news(client, db):
    call_command("load_demo_content", verbosity=0)
    events = EventPage.objects.live()
    assert events.count() >= 12
    kinds = set(events.values_list("kind", flat=True))
    assert {"kursmodul", "werkstatt", "familienmanagertreffen", "kreistreffen"} <= kinds
    assert NewsPage.objects.filter(kind="meldung").count() == 10
    press = NewsPage.objects.filter(kind="pressemitteilung")
    assert press.count() == 3
    assert all(p.press_photo_id and p.press_photo_credit and p.press_contact_id for p in press)
    assert all(e.themes.exists() for e in events)
    html = client.get("/").content.decode()
    assert "Nächste Termine" in html
    assert "Familienmanagertreffen" in client.get("/termine/2026/11/").content.decode()
    assert client.get("/termine/archiv/2025/").status_code == 200
