""" "Kontakt aufnehmen": relayed over real SMTP, Reply-To the sender, the address never shown."""

import logging
import re

import pytest
from django.test import Client
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from contact.models import ContactRequest
from jobs import mail as mail_queue
from jobs.models import OutgoingMail
from tests.builders import add_project, restrict_to_login

from .conftest import SECRET

pytestmark = pytest.mark.django_db
FIXTURES = [HealthCheck.function_scoped_fixture]
MESSAGE = "Wie haben Sie die Pflegelotsen im Ehrenamt gewonnen? Wir planen Ähnliches in Unna."


def data(**fields):
    values = {
        "name": "Eva Muster",
        "email": "Eva.Muster@Example.org",
        "subject": "Frage zu den Pflegelotsen",
        "message": MESSAGE,
        "consent": "on",
    }
    values.update(fields)
    return {key: value for key, value in values.items() if value is not None}


def project_url(content):
    return f"/kontakt/praxisprojekt/{content['project'].pk}/"


def test_project_page_links_the_form_without_showing_the_address(client, content):
    html = client.get(content["project"].url).content.decode()
    assert project_url(content) in html and "Kontakt aufnehmen" in html
    assert SECRET not in html
    form = client.get(project_url(content))
    assert form.status_code == 200
    text = form.content.decode()
    assert "Bernd Verborgen" in text and SECRET not in text and "Nachricht senden" in text


def test_message_is_relayed_over_smtp_with_reply_to_the_sender(
    client, content, smtp_server, django_capture_on_commit_callbacks, caplog
):
    caplog.set_level(logging.INFO)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(project_url(content), data())
    assert response.status_code == 302 and response["Location"] == "/kontakt/gesendet/"
    sent = client.get(response["Location"]).content.decode()
    assert "Vielen Dank für Ihre Nachricht" in sent and "an Bernd Verborgen" in sent
    assert SECRET not in sent

    (received,) = smtp_server.messages
    assert received.envelope_to == [SECRET]
    assert received["Reply-To"] == "Eva Muster <eva.muster@example.org>"
    assert received["Subject"] == "Kontaktanfrage: Frage zu den Pflegelotsen"
    assert "noreply" in received["From"]
    body = smtp_server.text(received)
    assert MESSAGE in body and "Guten Tag Bernd Verborgen" in body
    assert "http://testserver" + content["project"].url in body and "„Pflegelotsen Höxter“" in body

    entry = ContactRequest.objects.get()
    assert entry.recipient == content["bernd"] and entry.page_id == content["project"].pk
    assert entry.sender_email == "eva.muster@example.org"
    # Logged without the message: not in the log table, not in the queue, not in the log.
    assert all(MESSAGE not in str(value) for value in entry.__dict__.values())
    assert entry.mail.status == OutgoingMail.Status.SENT and entry.mail.body == ""
    assert MESSAGE not in caplog.text and "Kontaktanfrage" in caplog.text


def test_a_kreis_page_lets_the_visitor_choose_among_its_people(client, content):
    url = f"/kontakt/kommune/{content['kreis'].slug}/"
    place = client.get(f"/kommunen/{content['kreis'].slug}/").content.decode()
    assert f'href="{url}?an={content["carla"].pk}"' in place and "Kontakt aufnehmen" in place
    page = client.get(f"{url}?an={content['carla'].pk}").content.decode()
    assert "Bernd Verborgen" in page and "Carla Kreis" in page
    assert "Dora Ohneadresse" not in page  # nobody to write to without an address
    checked = re.findall(r'<input type="radio" name="recipient" value="(\d+)"[^>]* checked>', page)
    assert checked == [str(content["carla"].pk)]  # preselected from the person's link
    assert SECRET not in page and "carla.intern@example.org" not in page
    missing = client.post(url, data())
    assert missing.status_code == 400
    assert "Bitte wählen Sie, an wen die Nachricht gehen soll." in missing.content.decode()
    client.post(url, data(recipient=content["carla"].pk))
    entry = ContactRequest.objects.get()
    assert entry.recipient == content["carla"] and entry.municipality == content["kreis"]
    assert OutgoingMail.objects.get().to == ["carla.intern@example.org"]


def test_a_person_from_elsewhere_cannot_be_chosen(client, content):
    from tests.builders import family_manager, town

    stranger = family_manager(town("Köln"), "Fremde Person", email="fremd@example.org")
    url = f"/kontakt/kommune/{content['kreis'].slug}/"
    response = client.post(url, data(recipient=stranger.pk))
    assert response.status_code == 400
    assert "Bitte wählen Sie eine der genannten Personen." in response.content.decode()
    project = client.post(project_url(content), data(recipient=stranger.pk))
    assert project.status_code == 302  # a project has one contact person; the field is ignored
    assert OutgoingMail.objects.get().to == [SECRET]


def test_pages_without_anyone_to_write_to_answer_404(client, content):
    sections = content["sections"]
    without = add_project(sections["projects"], title="Ohne Kontakt")
    draft = add_project(
        sections["projects"], title="Entwurf", publish=False, contact_person=content["bernd"]
    )
    secret = add_project(sections["projects"], title="Intern", contact_person=content["bernd"])
    restrict_to_login(secret)
    for page in (without, draft, secret):
        assert client.get(f"/kontakt/praxisprojekt/{page.pk}/").status_code == 404
        assert client.post(f"/kontakt/praxisprojekt/{page.pk}/", data()).status_code == 404
    assert client.get("/kontakt/kommune/gibt-es-nicht/").status_code == 404
    assert client.get("/kontakt/kommune/koeln/").status_code == 404
    assert not OutgoingMail.objects.exists()


@pytest.mark.parametrize(
    "fields,message",
    [
        ({"name": ""}, "Bitte geben Sie Ihren Namen an."),
        ({"email": "kein-at"}, "Bitte geben Sie eine gültige E-Mail-Adresse an"),
        ({"email": ""}, "damit man Ihnen antworten kann"),
        ({"subject": "  "}, "Bitte geben Sie einen Betreff an."),
        ({"subject": "x" * 201}, "Der Betreff ist zu lang (höchstens 200 Zeichen)."),
        ({"message": "Hallo?"}, "Die Nachricht ist zu kurz (mindestens 20 Zeichen, Sie haben 6)."),
        ({"message": "x" * 5001}, "Die Nachricht ist zu lang (höchstens 5000 Zeichen"),
        ({"consent": None}, "Bitte bestätigen Sie, dass wir Ihre Nachricht weiterleiten dürfen."),
    ],
)
def test_bad_input_gets_a_german_message_and_nothing_is_sent(client, content, fields, message):
    response = client.post(project_url(content), data(**fields))
    assert response.status_code == 400
    html = response.content.decode()
    assert message in html and 'aria-invalid="true"' in html
    assert not ContactRequest.objects.exists() and not OutgoingMail.objects.exists()


def test_header_injection_is_flattened(client, content):
    client.post(
        project_url(content),
        data(name="Eva\r\nBcc: opfer@example.org", subject="Hallo\nBcc: opfer@example.org"),
    )
    mail = OutgoingMail.objects.get()
    assert mail.subject == "Kontaktanfrage: Hallo Bcc: opfer@example.org"
    assert mail.reply_to == ['"Eva Bcc: opfer@example.org" <eva.muster@example.org>']
    assert mail.to == [SECRET]


def test_csrf_is_required(content):
    client = Client(enforce_csrf_checks=True)
    assert client.post(project_url(content), data()).status_code == 403
    assert not OutgoingMail.objects.exists()


def test_the_honeypot_thanks_bots_and_sends_nothing(client, content):
    response = client.post(project_url(content), data(website="http://spam.example"))
    assert response.status_code == 302
    assert not OutgoingMail.objects.exists() and not ContactRequest.objects.exists()


def test_one_sender_writes_at_most_five_messages_a_day(content):
    for number in range(5):
        response = Client(REMOTE_ADDR=f"10.0.1.{number}").post(project_url(content), data())
        assert response.status_code == 302
    blocked = Client(REMOTE_ADDR="10.0.1.9").post(project_url(content), data())
    assert blocked.status_code == 429
    assert "sehr viele Nachrichten" in blocked.content.decode()
    assert OutgoingMail.objects.count() == 5


def test_one_address_posts_at_most_ten_times_an_hour(client, content):
    for number in range(10):
        client.post(project_url(content), data(email=f"person{number}@example.org", name=""))
    assert client.post(project_url(content), data()).status_code == 429
    assert not OutgoingMail.objects.exists()


def test_the_visitor_is_not_told_when_the_mail_server_is_down(
    client, content, smtp_server, django_capture_on_commit_callbacks
):
    smtp_server.stop()
    with django_capture_on_commit_callbacks(execute=True):
        assert client.post(project_url(content), data()).status_code == 302
    mail = OutgoingMail.objects.get()
    assert mail.status == OutgoingMail.Status.QUEUED and mail.attempts == 1
    assert mail.body  # kept until delivered
    smtp_server.start()
    mail_queue.deliver_due(mail.next_attempt_at)
    assert len(smtp_server.messages) == 1
    assert OutgoingMail.objects.get().body == ""


@settings(max_examples=50, deadline=None, suppress_health_check=FIXTURES)
@given(
    name=st.text(max_size=200),
    email=st.one_of(st.emails(), st.text(max_size=300)),
    subject=st.text(max_size=250),
    message=st.text(max_size=5200),
    consent=st.sampled_from(["on", "", "\x00"]),
    recipient=st.one_of(st.just(""), st.text(max_size=20), st.integers().map(str)),
    website=st.sampled_from(["", "x"]),
    chosen=st.one_of(st.just(""), st.text(max_size=20), st.integers().map(str)),
)
def test_whatever_strangers_type_never_fails(
    content, name, email, subject, message, consent, recipient, website, chosen
):
    from urllib.parse import urlencode

    from django.core.cache import cache

    cache.clear()
    fields = {"name": name, "email": email, "subject": subject, "message": message}
    fields.update(consent=consent, recipient=recipient, website=website)
    for url in (project_url(content), f"/kontakt/kommune/{content['kreis'].slug}/"):
        query = "?" + urlencode({"an": chosen})
        assert Client().get(url + query).status_code == 200
        response = Client().post(url + query, fields)
        assert response.status_code in (302, 400)
    for mail in OutgoingMail.objects.all():
        assert all("\n" not in value for value in [mail.subject, *mail.reply_to])


def test_the_kreis_form_takes_the_same_queries_for_two_people_or_twelve(client, content):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from tests.builders import family_manager

    url = f"/kontakt/kommune/{content['kreis'].slug}/"
    counts = []
    for more in (0, 10):
        for number in range(more):
            family_manager(content["hoexter"], f"Person {number}", email=f"p{number}@example.org")
        client.get(url)
        with CaptureQueriesContext(connection) as queries:
            assert client.get(url).status_code == 200
        counts.append(len(queries))
    assert "Person 9" in client.get(url).content.decode()
    assert counts[0] == counts[1]
