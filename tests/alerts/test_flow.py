"""Search alerts: double opt-in, digests of new public matches over real SMTP, never twice."""

import datetime

import pytest
from django.test import Client
from django.utils import timezone
from django.utils.formats import date_format
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from alerts import digests, searches, services, tokens
from alerts.models import SearchAlert, address_digest
from jobs import mail as mail_queue
from jobs.models import OutgoingMail
from tests.builders import add_project, add_user, restrict_to_login

from .conftest import links

pytestmark = pytest.mark.django_db
FIXTURES = [HealthCheck.function_scoped_fixture]
SEARCH = "q=Ferien&thema=kinderbetreuung"


def ask(client, query=SEARCH, email="Eva@Example.org", frequency="woechentlich", **extra):
    data = {"suche": query, "email": email, "frequency": frequency, "consent": "on", **extra}
    return client.post("/suchauftraege/neu/", data)


def confirmed_alert(client, smtp_server, indexed, **kwargs):
    indexed(ask, client, **kwargs)
    text = smtp_server.text(smtp_server.messages[-1])
    (confirm,) = links(text, "bestaetigen")
    client.post(confirm)
    return SearchAlert.objects.get(uuid=tokens.read_confirmation_token(confirm.split("/")[-2]))


def test_search_and_theme_pages_offer_an_alert(client, projects):
    html = client.get(f"/suche/?{SEARCH}").content.decode()
    assert f'href="/suchauftraege/neu/?{SEARCH.replace("&", "&amp;")}"' in html
    page = client.get(f"/suchauftraege/neu/?{SEARCH}&seite=1&sortierung=neueste")
    assert page.status_code == 200
    text = page.content.decode()
    assert "„Ferien“ · Thema: Kinderbetreuung" in text
    assert f'name="suche" value="{SEARCH.replace("&", "&amp;")}"' in text
    theme = client.get("/themen/kinderbetreuung/").content.decode()
    assert 'href="/suchauftraege/neu/?thema=kinderbetreuung"' in theme
    form = client.get("/suchauftraege/neu/?thema=kinderbetreuung").content.decode()
    assert "Ihre Suche:</strong> Thema: Kinderbetreuung" in form


def test_double_opt_in_over_smtp(client, projects, smtp_server, indexed):
    response = indexed(ask, client)
    assert response.status_code == 302 and response["Location"] == "/suchauftraege/angefordert/"
    alert = SearchAlert.objects.get()
    assert alert.status == SearchAlert.Status.PENDING and alert.email == "eva@example.org"
    assert alert.query == SEARCH and alert.label == "„Ferien“ · Thema: Kinderbetreuung"

    (message,) = smtp_server.messages
    assert message["Subject"] == "Bitte bestätigen Sie Ihren Suchauftrag"
    assert message.envelope_to == ["eva@example.org"]
    text = smtp_server.text(message)
    assert "„Ferien“ · Thema: Kinderbetreuung" in text and "Häufigkeit: wöchentlich" in text
    (confirm,) = links(text, "bestaetigen")
    (unsubscribe,) = links(text, "abbestellen")
    (manage,) = links(text, "verwalten")
    assert message["List-Unsubscribe"].endswith(f"{unsubscribe}>")
    assert message["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    for link in (confirm, unsubscribe, manage):
        assert "eva" not in link.lower()  # no address in links

    # Opening the link (as mail scanners do) confirms nothing; the button does.
    assert "Suchauftrag bestätigen" in client.get(confirm).content.decode()
    assert SearchAlert.objects.get().status == SearchAlert.Status.PENDING
    done = client.post(confirm).content.decode()
    assert "Ihr Suchauftrag ist bestätigt" in done
    alert.refresh_from_db()
    assert alert.status == SearchAlert.Status.ACTIVE and alert.covered_until
    assert "bereits bestätigt" in client.post(confirm).content.decode()


def test_digest_lists_only_new_public_matches_and_is_sent_once(
    client, projects, smtp_server, indexed
):
    alert = confirmed_alert(client, smtp_server, indexed)
    new = indexed(
        add_project,
        projects,
        title="Ferienspiele im Familienzentrum",
        themes=["kinderbetreuung"],
        summary="Ferienprogramm für Grundschulkinder mit Ausflügen.",
    )
    secret = indexed(
        add_project, projects, title="Ferienplanung intern", themes=["kinderbetreuung"]
    )
    indexed(restrict_to_login, secret)
    indexed(
        add_project, projects, title="Ferien Entwurf", themes=["kinderbetreuung"], publish=False
    )
    indexed(add_project, projects, title="Ferien ohne Thema", themes=["jugend"])

    now = timezone.now()
    assert digests.queue_due(now) == 0  # the week is not over
    later = now + datetime.timedelta(days=8)
    assert indexed(digests.queue_due, later) == 1
    digest = smtp_server.messages[-1]
    text = smtp_server.text(digest)
    assert digest["Subject"].strip() == (
        "1 neuer Treffer zu Ihrem Suchauftrag: „Ferien“ · Thema: Kinderbetreuung"
    )
    assert "Ferienspiele im Familienzentrum" in text
    assert "Praxisprojekt · Bad Driburg" in text
    assert "Ferienprogramm für Grundschulkinder" in text  # the snippet, without <mark>
    assert (
        f"veröffentlicht am {date_format(timezone.localtime(new.first_published_at), 'j. F Y')}"
        in text
    )
    assert "Guten Tag" in text and "Sie erhalten diese E-Mail wöchentlich" in text
    assert f"http://testserver{new.url}" in text
    for left_out in ("Ferienplanung intern", "Ferien Entwurf", "Ferien ohne Thema", "Altbestand"):
        assert left_out not in text
    (unsubscribe,) = links(text, "abbestellen")
    assert links(text, "verwalten")
    assert digest["List-Unsubscribe"].endswith(f"{unsubscribe}>")

    # Running the job again (or at the same time elsewhere) sends nothing more.
    assert indexed(digests.queue_due, later) == 0
    assert digests.queue_digest(alert, later) is False
    assert OutgoingMail.objects.filter(kind="alerts.digest").count() == 1
    alert.refresh_from_db()
    assert alert.covered_until == later and alert.digests_sent == 1
    # Nothing new in the next week: no mail at all.
    assert indexed(digests.queue_due, later + datetime.timedelta(days=8)) == 0


def test_a_failed_digest_is_retried_and_delivered_once(client, projects, smtp_server, indexed):
    confirmed_alert(client, smtp_server, indexed)
    indexed(add_project, projects, title="Ferienspiele neu", themes=["kinderbetreuung"])
    smtp_server.stop()
    later = timezone.now() + datetime.timedelta(days=8)
    indexed(digests.queue_due, later)
    mail = OutgoingMail.objects.get(kind="alerts.digest")
    assert mail.status == OutgoingMail.Status.QUEUED and mail.attempts == 1
    smtp_server.start()
    before = len(smtp_server.messages)
    mail_queue.deliver_due(mail.next_attempt_at)
    mail_queue.deliver_due(mail.next_attempt_at + datetime.timedelta(days=3))
    assert len(smtp_server.messages) == before + 1


def test_one_click_unsubscribe_stops_the_digests(client, projects, smtp_server, indexed):
    alert = confirmed_alert(client, smtp_server, indexed)
    header = smtp_server.messages[-1]["List-Unsubscribe"]
    url = str(header).strip().strip("<>").removeprefix("http://testserver")
    page = client.get(url)
    assert page.status_code == 200 and "Jetzt abbestellen" in page.content.decode()
    alert.refresh_from_db()
    assert alert.status == SearchAlert.Status.ACTIVE  # a GET changes nothing
    # What a mail client sends for RFC 8058: a POST without cookies or a CSRF token.
    response = Client(enforce_csrf_checks=True).post(
        url, "List-Unsubscribe=One-Click", content_type="application/x-www-form-urlencoded"
    )
    assert response.status_code == 200 and "abbestellt" in response.content.decode()
    alert.refresh_from_db()
    assert alert.status == SearchAlert.Status.CANCELLED and alert.cancelled_at
    indexed(add_project, projects, title="Ferienspiele danach", themes=["kinderbetreuung"])
    assert digests.queue_due(timezone.now() + datetime.timedelta(days=8)) == 0


def test_the_manage_page_lists_an_addresses_alerts(client, projects, smtp_server, indexed):
    alert = confirmed_alert(client, smtp_server, indexed)
    other = confirmed_alert(client, smtp_server, indexed, query="thema=pflege-von-angehoerigen")
    assert other.pk != alert.pk
    SearchAlert.objects.create(
        email="fremd@example.org", query="q=x", label="Fremd", status="aktiv"
    )
    url = f"/suchauftraege/verwalten/{tokens.manage_token(alert.email_digest)}/"
    html = client.get(url).content.decode()
    assert "„Ferien“ · Thema: Kinderbetreuung" in html and "Thema: Pflege von Angehörigen" in html
    assert "Fremd" not in html and "eva@example.org" not in html
    response = client.post(url, {"auftrag": str(alert.uuid), "frequency": "monatlich"})
    assert "Ihre Änderung ist gespeichert." in response.content.decode()
    alert.refresh_from_db()
    assert alert.frequency == "monatlich"
    foreign = SearchAlert.objects.get(email="fremd@example.org")
    assert (
        client.post(url, {"auftrag": str(foreign.uuid), "frequency": "monatlich"}).status_code
        == 400
    )
    assert client.get(url[:-3] + "x/").status_code == 400


def test_logged_in_participants_subscribe_at_once_and_see_theirs_internally(
    client, projects, home_page
):
    from tests.builders import internal_area

    area = internal_area(home_page)["area"]
    user = add_user("teilnehmerin", "Kursteilnehmende", email="Tina@Example.org")
    client.force_login(user)
    form = client.get(f"/suchauftraege/neu/?{SEARCH}").content.decode()
    assert f'value="{user.email}"' in form
    response = ask(client, email="tina@example.org")
    assert response.status_code == 302 and response["Location"] == "/konto/suchauftraege/"
    alert = SearchAlert.objects.get()
    assert alert.status == SearchAlert.Status.ACTIVE and alert.user == user
    assert not OutgoingMail.objects.exists()  # no opt-in mail for the account's own address
    assert (
        "„Ferien“ · Thema: Kinderbetreuung" in client.get("/konto/suchauftraege/").content.decode()
    )
    internal = client.get(area.url).content.decode()
    assert "Ihre Suchaufträge" in internal and "„Ferien“ · Thema: Kinderbetreuung" in internal
    client.logout()
    assert client.get("/konto/suchauftraege/").status_code == 302


def test_restricted_pages_never_go_into_a_digest_even_for_staff(client, projects, indexed):
    user = add_user("redakteurin", "Redaktion", email="red@example.org")
    client.force_login(user)
    ask(client, email="red@example.org")
    alert = SearchAlert.objects.get()
    secret = indexed(add_project, projects, title="Ferien intern", themes=["kinderbetreuung"])
    indexed(restrict_to_login, secret)
    hits, _more = digests.new_matches(
        alert, alert.covered_until, timezone.now() + datetime.timedelta(days=1)
    )
    assert hits == []


@pytest.mark.parametrize(
    "fields,message",
    [
        ({"email": ""}, "Bitte geben Sie Ihre E-Mail-Adresse an."),
        ({"email": "eva"}, "Bitte geben Sie eine gültige E-Mail-Adresse an"),
        ({"frequency": "täglich"}, "Bitte wählen Sie „wöchentlich“ oder „monatlich“."),
        ({"consent": ""}, "Bitte bestätigen Sie, dass Sie diese E-Mails erhalten möchten."),
    ],
)
def test_bad_input_gets_a_german_message(client, projects, fields, message):
    data = {"suche": SEARCH, "email": "eva@example.org", "frequency": "woechentlich"}
    data.update(fields)
    if data.get("consent", "on"):
        data["consent"] = "on"
    response = client.post("/suchauftraege/neu/", data)
    assert response.status_code == 400 and message in response.content.decode()
    assert not SearchAlert.objects.exists()


def test_an_invalid_search_is_refused_in_german(client, projects):
    response = client.get("/suchauftraege/neu/?thema=gibt-es-nicht")
    assert response.status_code == 400
    assert "Das Thema „gibt-es-nicht“ gibt es nicht." in response.content.decode()
    assert ask(client, query="jahr=zwei").status_code == 400


def test_one_address_gets_at_most_three_confirmation_mails_a_day(projects):
    for number in range(5):
        Client(REMOTE_ADDR=f"10.0.3.{number}").post(
            "/suchauftraege/neu/",
            {
                "suche": f"q=wort{number}",
                "email": "opfer@example.org",
                "frequency": "monatlich",
                "consent": "on",
            },
        )
    assert OutgoingMail.objects.filter(kind="alerts.confirm").count() == 3


def test_the_honeypot_thanks_bots_and_stores_nothing(client, projects):
    response = ask(client, website="http://spam.example")
    assert response.status_code == 302 and response["Location"] == "/suchauftraege/angefordert/"
    assert not SearchAlert.objects.exists() and not OutgoingMail.objects.exists()


def test_one_client_address_posts_at_most_ten_times_in_ten_minutes(projects):
    client = Client(REMOTE_ADDR="10.0.4.1")
    for number in range(10):
        assert ask(client, email=f"person{number}@example.org").status_code == 302
    blocked = ask(client, email="noch.eine@example.org")
    assert blocked.status_code == 429
    assert "Zu viele Anfragen in kurzer Zeit" in blocked.content.decode()
    assert SearchAlert.objects.count() == 10
    assert ask(Client(REMOTE_ADDR="10.0.4.2"), email="andere@example.org").status_code == 302


def test_unconfirmed_requests_are_forgotten_after_two_days(client, projects):
    ask(client)
    assert services.purge_unconfirmed(timezone.now()) == 0
    assert services.purge_unconfirmed(timezone.now() + datetime.timedelta(days=3)) == 1


def test_monthly_alerts_wait_a_calendar_month():
    moment = datetime.datetime(2026, 1, 31, 8, 0, tzinfo=datetime.UTC)
    assert digests.add_month(moment) == moment.replace(month=2, day=28)
    assert digests.add_month(moment.replace(month=12)) == moment.replace(year=2027, month=1)
    alert = SearchAlert(frequency="monatlich", covered_until=moment)
    assert digests.due_at(alert) == moment.replace(month=2, day=28)


def test_saved_searches_are_canonical(projects):
    data = searches.validate("thema=kinderbetreuung&q=Kita&seite=3&thema=kinderbetreuung")
    assert searches.canonical(data) == "q=Kita&thema=kinderbetreuung"


@settings(max_examples=50, deadline=None, suppress_health_check=FIXTURES)
@given(
    query=st.one_of(st.just(SEARCH), st.text(max_size=300)),
    email=st.one_of(st.emails(), st.text(max_size=80)),
    frequency=st.one_of(st.sampled_from(["woechentlich", "monatlich"]), st.text(max_size=20)),
    consent=st.sampled_from(["on", "", "\x00"]),
    website=st.sampled_from(["", "x"]),
)
def test_whatever_strangers_type_never_fails(projects, query, email, frequency, consent, website):
    from django.core.cache import cache

    cache.clear()
    response = Client().post(
        "/suchauftraege/neu/",
        {
            "suche": query,
            "email": email,
            "frequency": frequency,
            "consent": consent,
            "website": website,
        },
    )
    assert response.status_code in (302, 400)
    for token in (query, email):
        for url in (
            "/suchauftraege/bestaetigen/",
            "/suchauftraege/verwalten/",
            "/suchauftraege/abbestellen/",
        ):
            safe = token.replace("/", "").replace("?", "").replace("#", "").strip() or "x"
            assert Client().get(f"{url}{safe}/").status_code in (400, 404)
            assert Client().post(f"{url}{safe}/", {"auftrag": token}).status_code in (400, 404)


@settings(max_examples=30, deadline=None, suppress_health_check=FIXTURES)
@given(auftrag=st.text(max_size=60), frequency=st.text(max_size=20))
def test_the_manage_form_takes_anything_without_failing(projects, auftrag, frequency):
    alert = SearchAlert.objects.create(
        email="eva@example.org", query="q=x", label="x", status=SearchAlert.Status.ACTIVE
    )
    url = f"/suchauftraege/verwalten/{tokens.manage_token(alert.email_digest)}/"
    response = Client().post(url, {"auftrag": auftrag, "frequency": frequency})
    assert response.status_code in (200, 400)
    alert.refresh_from_db()
    assert alert.frequency in SearchAlert.Frequency.values
    alert.delete()


def query_count(client, url):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.get(url)  # warm the site-root cache
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_alert_lists_take_the_same_queries_for_one_alert_or_twelve(client, projects, home_page):
    from tests.builders import internal_area

    area = internal_area(home_page)["area"]
    user = add_user("teilnehmerin", "Kursteilnehmende", email="tina@example.org")
    client.force_login(user)
    manage = f"/suchauftraege/verwalten/{tokens.manage_token(address_digest(user.email))}/"
    counts = []
    for total in (1, 12):
        while SearchAlert.objects.count() < total:
            number = SearchAlert.objects.count()
            SearchAlert.objects.create(
                email=user.email,
                user=user,
                query=f"q=wort{number}",
                label=f"Wort {number}",
                status=SearchAlert.Status.ACTIVE,
                confirmed_at=timezone.now(),
            )
        counts.append(
            [query_count(client, url) for url in (manage, "/konto/suchauftraege/", area.url)]
        )
    assert "Wort 11" in client.get("/konto/suchauftraege/").content.decode()
    assert counts[0] == counts[1]
