"""Event pages, the month calendar route, "Alle Termine", the archive and the home page slot."""

import datetime
from urllib.parse import quote

import pytest
from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

from events.models import EventIndexPage, EventPage, EventResultLink
from home.models import HomePage
from tests.builders import add_event, event_index, restrict_to_login

pytestmark = pytest.mark.django_db
FIXTURES = [HealthCheck.function_scoped_fixture]

TODAY = timezone.localdate()
DAY = datetime.timedelta(days=1)


@pytest.fixture
def index(home_page):
    return event_index(home_page)


class TestTree(WagtailPageTestCase):
    def test_tree(self):
        self.assertAllowedParentPageTypes(EventIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(EventIndexPage, {EventPage})
        self.assertAllowedParentPageTypes(EventPage, {EventIndexPage})
        self.assertAllowedSubpageTypes(EventPage, set())


def html(client, url, status=200):
    response = client.get(url)
    assert response.status_code == status, (url, response.status_code)
    return response.content.decode()


def test_month_calendar_is_a_table_with_headers_and_links(client, index):
    event = add_event(
        index,
        title="Modul 2: Kommunale Familienpolitik",
        kind="kursmodul",
        start=datetime.date(2026, 11, 12),
        end_date=datetime.date(2026, 11, 13),
        start_time=datetime.time(10, 0),
        end_time=datetime.time(16, 30),
    )
    page = html(client, "/termine/2026/11/")
    table = page.split('<table class="month-calendar">')[1].split("</table>")[0]
    assert "<caption>November 2026</caption>" in table
    assert '<th scope="col"><abbr title="Kalenderwoche">KW</abbr></th>' in table
    assert '<th scope="col"><abbr title="Montag">Mo</abbr></th>' in table
    assert table.count('<th scope="row">') == 6
    assert "Kalenderwoche </span>44</th>" in table and "Kalenderwoche </span>49</th>" in table
    assert 'href="#tag-2026-11-12" aria-label="12. November 2026: 1 Termin"' in table
    assert 'href="#tag-2026-11-13"' in table
    assert 'id="tag-2026-11-12"' in page and event.url in page
    assert 'href="/termine/2026/10/"' in page and 'href="/termine/2026/12/"' in page
    assert "12.–13. November 2026, 10:00–16:30 Uhr" in page


def test_start_page_shows_the_current_month(client, index):
    add_event(index, title="Heute in zehn Tagen")
    page = html(client, "/termine/")
    from events.calendar import MONTH_NAMES

    assert f"<caption>{MONTH_NAMES[TODAY.month - 1]} {TODAY.year}</caption>" in page
    assert "Die nächsten Termine" in page and "Heute in zehn Tagen" in page
    assert 'aria-current="date"' in page


@pytest.mark.parametrize(
    "url,message",
    [
        ("/termine/2026/13/", "Den Monat gibt es nicht: Bitte 1 bis 12 angeben."),
        ("/termine/2026/0/", "Den Monat gibt es nicht"),
        ("/termine/1000/1/", "Der Kalender zeigt die Jahre 1990 bis 2100."),
        ("/termine/99999999999999999999999/1/", "Dieses Jahr zeigt der Kalender nicht."),
        ("/termine/2026/abc/", "Seite nicht gefunden"),
        ("/termine/archiv/3000/", "Das Archiv reicht von 1990 bis 2100."),
    ],
)
def test_impossible_months_answer_404_in_german(client, index, url, message):
    page = html(client, url, status=404)
    assert "Seite nicht gefunden" in page and message in page


@settings(max_examples=15, deadline=None, suppress_health_check=FIXTURES)
@given(st.text(min_size=1, max_size=30))
def test_any_path_below_the_calendar_never_fails(client, index, text):
    response = client.get(f"/termine/{quote(text, safe='')}/11/")
    assert response.status_code in (200, 404)


def test_drafts_restricted_and_expired_events_stay_out(client, index, home_page):
    add_event(index, title="Öffentlich", start=datetime.date(2026, 11, 5))
    add_event(index, title="Entwurf", start=datetime.date(2026, 11, 6), publish=False)
    hidden = add_event(index, title="Intern", start=datetime.date(2026, 11, 7))
    restrict_to_login(hidden)
    expired = add_event(index, title="Abgelaufen", start=datetime.date(2026, 11, 8))
    Page.objects.filter(pk=expired.pk).update(expire_at=timezone.now() - DAY)
    for url in ("/termine/2026/11/", "/termine/alle/", "/termine/ical/"):
        body = client.get(url).content.decode()
        assert "Entwurf" not in body and "Intern" not in body and "Abgelaufen" not in body, url


def test_all_dates_lists_upcoming_first_and_archives_past_ones_by_year(client, index):
    add_event(index, title="Übermorgen", start=TODAY + 2 * DAY)
    add_event(index, title="Morgen", start=TODAY + DAY)
    add_event(index, title="Läuft gerade", start=TODAY - DAY, end_date=TODAY + DAY)
    add_event(index, title="Vorbei 2025", start=datetime.date(2025, 3, 4))
    add_event(index, title="Vorbei 2024", start=datetime.date(2024, 9, 1))
    page = html(client, "/termine/alle/")
    assert page.index("Läuft gerade") < page.index("Morgen") < page.index("Übermorgen")
    assert "Vorbei" not in page.split('aria-labelledby="archive-heading"')[0]
    assert 'href="/termine/archiv/2025/"' in page and 'href="/termine/archiv/2024/"' in page
    archive = html(client, "/termine/archiv/2025/")
    assert "Vorbei 2025" in archive and "Vorbei 2024" not in archive and "Morgen" not in archive


def test_all_dates_filter_by_kind_and_theme(client, index):
    add_event(
        index,
        title="Kreistreffen Coesfeld",
        kind="kreistreffen",
        themes=["pflege-von-angehoerigen"],
    )
    add_event(index, title="Fachtag Bildung", kind="fachtag", themes=["bildung"])
    page = html(client, "/termine/alle/?art=kreistreffen")
    assert "Kreistreffen Coesfeld" in page and "Fachtag Bildung" not in page
    page = html(client, "/termine/alle/?thema=bildung")
    assert "Fachtag Bildung" in page and "Kreistreffen Coesfeld" not in page


@settings(max_examples=30, deadline=None, suppress_health_check=FIXTURES)
@given(art=st.text(max_size=40), thema=st.text(max_size=40))
def test_bad_filters_answer_400_in_german(client, index, art, thema):
    response = client.get("/termine/alle/", {"art": art, "thema": thema})
    assert response.status_code in (200, 400)
    if response.status_code == 400:
        assert "Ihre Auswahl enthält ungültige Angaben" in response.content.decode()


def test_unknown_kind_message(client, index):
    page = html(client, "/termine/alle/?art=party", status=400)
    assert "Diese Art von Termin gibt es nicht." in page


def test_event_page_shows_facts_registration_and_results(client, index, home_page):
    from tests.builders import add_result, knowledge_sections, municipality

    result = add_result(knowledge_sections(home_page)["groups"], title="Doppelstrukturen")
    event = add_event(
        index,
        title="Kreistreffen im Kreis Coesfeld",
        kind="kreistreffen",
        venue="Jugendzentrum",
        address="Marktplatz 1",
        municipality=municipality("Coesfeld"),
        registration_url="https://example.org/anmeldung",
        registration_deadline=TODAY + 5 * DAY,
        start=TODAY + 10 * DAY,
    )
    EventResultLink.objects.create(page=event, result=result)
    page = html(client, event.url)
    assert "Kreistreffen" in page and "Jugendzentrum" in page and "Coesfeld" in page
    assert 'href="https://example.org/anmeldung"' in page
    assert "Doppelstrukturen" in page
    assert f'href="{event.url}ical/"' in page


def test_registration_closes_after_the_deadline(client, index):
    event = add_event(
        index,
        registration_url="https://example.org/anmeldung",
        registration_deadline=TODAY - DAY,
        start=TODAY + 3 * DAY,
    )
    assert "example.org/anmeldung" not in html(client, event.url)


def test_dates_are_validated_in_german(index):
    event = EventPage(
        title="X",
        kind="werkstatt",
        summary="x",
        start_date=datetime.date(2026, 11, 5),
        end_date=datetime.date(2026, 11, 4),
        end_time=datetime.time(10, 0),
    )
    with pytest.raises(ValidationError) as error:
        event.clean()
    assert "Das Ende darf nicht vor dem Beginn liegen." in str(error.value)
    assert "Eine Endzeit braucht eine Anfangszeit" in str(error.value)


def test_home_page_shows_the_next_dates(client, index):
    add_event(index, title="Nächstes Familienmanagertreffen", kind="familienmanagertreffen")
    add_event(index, title="Längst vorbei", start=datetime.date(2020, 1, 1))
    page = html(client, "/")
    section = page.split('id="home-dates"')[1].split("</section>")[0]
    assert "Nächstes Familienmanagertreffen" in section and "Längst vorbei" not in section
    assert 'href="/termine/">Zum Terminkalender' in section


def fill(index, n):
    """n published events from today on (without revisions: fast, same rows as publishing)."""
    from tests.builders import theme

    themes = [theme("bildung"), theme("jugend")]
    for i in range(n):
        page = EventPage(
            title=f"Termin {i}",
            slug=f"termin-{index.get_children_count()}",
            start_date=TODAY + (i % 28) * DAY,
            kind=["werkstatt", "fachtag", "kursmodul"][i % 3],
            summary="Kurz.",
            live=True,
            first_published_at=timezone.now(),
            last_published_at=timezone.now(),
        )
        for item in themes[: 1 + i % 2]:
            page.themes.add(item)
        index.add_child(instance=page)


def count(client, url):
    client.get(url)
    with CaptureQueriesContext(connection) as ctx:
        assert client.get(url).status_code == 200
    return len(ctx)


def test_queries_flat_from_5_to_50_events(client, index):
    urls = [f"/termine/{TODAY:%Y/%m}/", "/termine/", "/termine/alle/", "/termine/ical/", "/"]
    fill(index, 5)
    few = {url: count(client, url) for url in urls}
    fill(index, 45)
    assert {url: count(client, url) for url in urls} == few


def test_nul_bytes_in_filters_answer_400_on_every_database(client, index):
    response = client.get("/termine/alle/", {"thema": "bil\x00dung", "art": "\x00"})
    assert response.status_code == 400
    assert "Diesen Wert gibt es nicht" in response.content.decode()
