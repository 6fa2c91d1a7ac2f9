"""The newsletter: double opt-in by expiring links without the address, unsubscribe by a button
or RFC 8058, no duplicates, and no mail lost when the mail server is down."""

import base64
import datetime
import io
import re
import time

import pytest
from django.core import mail, signing
from django.utils import timezone
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsletter import tokens
from newsletter.forms import CONSENT_TEXT
from newsletter.models import PendingSubscription, Subscriber
from newsletter.services import purge_pending

pytestmark = pytest.mark.django_db
FIXTURES = [HealthCheck.function_scoped_fixture]


def subscribe(client, email="Eva.Beispiel@Example.org", consent="on", **extra):
    data = {"email": email}
    if consent:
        data["consent"] = consent
    return client.post("/newsletter/", data, **extra)


def link(message, kind):
    (url,) = re.findall(rf"http://testserver(/newsletter/{kind}/[^/\s]+/)", message.body)
    return url


def test_the_whole_flow(client, home_page):
    response = subscribe(client)
    assert response.status_code == 302 and response["Location"] == "/newsletter/angefordert/"
    assert (
        "Bitte bestätigen Sie Ihre Anmeldung" in client.get(response["Location"]).content.decode()
    )
    # Nobody subscribes before the address confirms.
    assert Subscriber.objects.count() == 0
    (message,) = mail.outbox
    assert message.to == ["eva.beispiel@example.org"]
    assert "Bitte bestätigen" in message.subject
    confirm = link(message, "bestaetigen")
    # The link carries no address, not even encoded (links end up in proxy and server logs).
    token = confirm.split("/")[-2]
    decoded = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4)).decode("latin-1")
    assert "beispiel" not in (confirm + decoded).casefold()
    assert PendingSubscription.objects.get().key == token
    # Nobody subscribes yet: nothing to unsubscribe from.
    assert "/newsletter/abmelden/" not in message.body
    assert "List-Unsubscribe" not in message.extra_headers

    # Opening the link (as mail scanners do) does not confirm; the button does.
    page = client.get(confirm)
    assert page.status_code == 200 and "Anmeldung bestätigen" in page.content.decode()
    assert Subscriber.objects.count() == 0
    done = client.post(confirm)
    assert "Ihre Anmeldung ist bestätigt" in done.content.decode()
    subscriber = Subscriber.objects.get()
    assert subscriber.is_active and subscriber.email == "eva.beispiel@example.org"
    assert subscriber.consent_text == CONSENT_TEXT and subscriber.confirmed_at

    # Confirming again changes nothing.
    assert "bereits bestätigt" in client.post(confirm).content.decode()
    assert Subscriber.objects.count() == 1

    # Subscribers' mails carry a link without the address; opening it (as mail scanners do)
    # does not unsubscribe, the button does.
    subscribe(client)
    reminder = mail.outbox[-1]
    unsubscribe = link(reminder, "abmelden")
    assert reminder.extra_headers["List-Unsubscribe"] == f"<http://testserver{unsubscribe}>"
    assert reminder.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert "beispiel" not in unsubscribe.casefold() and "example" not in unsubscribe
    page = client.get(unsubscribe)
    assert page.status_code == 200 and "Newsletter abbestellen" in page.content.decode()
    subscriber.refresh_from_db()
    assert subscriber.is_active
    gone = client.post(unsubscribe)
    assert gone.status_code == 200 and "abgemeldet" in gone.content.decode()
    subscriber.refresh_from_db()
    assert subscriber.status == Subscriber.Status.UNSUBSCRIBED and subscriber.unsubscribed_at

    # The old confirmation link cannot undo the cancellation.
    assert client.post(confirm).status_code == 400
    subscriber.refresh_from_db()
    assert not subscriber.is_active


def test_subscribing_twice_creates_no_duplicate(client, home_page):
    subscribe(client, "anna@example.org")
    client.post(link(mail.outbox[0], "bestaetigen"))
    subscribe(client, "  ANNA@Example.ORG ")
    assert Subscriber.objects.count() == 1
    second = mail.outbox[1]
    assert "bereits" in second.subject and "abmelden" in second.body
    assert "List-Unsubscribe" in second.extra_headers


def test_resubscribing_after_cancelling_reactivates_the_same_row(client, home_page):
    subscribe(client, "ben@example.org")
    client.post(link(mail.outbox[0], "bestaetigen"))
    client.post(f"/newsletter/abmelden/{Subscriber.objects.get().unsubscribe_key}/")
    time.sleep(1.1)  # a new request made after the cancellation
    subscribe(client, "ben@example.org")
    client.post(link(mail.outbox[1], "bestaetigen"))
    (subscriber,) = Subscriber.objects.all()
    assert subscriber.is_active and subscriber.unsubscribed_at is None


def active_subscriber(email):
    now = timezone.now()
    return Subscriber.objects.create(
        email=email, consent_text=CONSENT_TEXT, requested_at=now, confirmed_at=now
    )


def legacy_token(email):
    """An unsubscribe link of the kind sent before (the signed plain address)."""
    return signing.Signer(salt=tokens.UNSUBSCRIBE_SALT).sign(email)


def test_rfc8058_one_click_post_without_csrf(home_page):
    from django.test import Client

    subscriber = active_subscriber("carla@example.org")
    client = Client(enforce_csrf_checks=True)
    token = subscriber.unsubscribe_key
    response = client.post(f"/newsletter/abmelden/{token}/", {"List-Unsubscribe": "One-Click"})
    assert response.status_code == 200
    assert not Subscriber.objects.get().is_active


def test_links_of_older_newsletters_still_unsubscribe(client, home_page):
    active_subscriber("dora@example.org")
    url = f"/newsletter/abmelden/{legacy_token('dora@example.org')}/"
    assert client.get(url).status_code == 200 and Subscriber.objects.get().is_active
    assert client.post(url).status_code == 200
    assert not Subscriber.objects.get().is_active


def test_tampered_tokens_are_refused_in_german(client, home_page):
    subscribe(client)
    confirm = link(mail.outbox[0], "bestaetigen")
    token = confirm.split("/")[-2]
    forged_email = signing.TimestampSigner(salt="anderer-zweck").sign_object(
        {"e": "x@example.org", "t": timezone.now().isoformat()}
    )
    for bad in (token[:-2] + "xx", "kaputt", forged_email, legacy_token("x@y.de")):
        for method in (client.get, client.post):
            response = method(f"/newsletter/bestaetigen/{bad}/")
            assert response.status_code == 400
            assert "Der Bestätigungslink ist ungültig" in response.content.decode()
    key = active_subscriber("x@example.org").unsubscribe_key
    for bad in (key[:-2] + "xx", "kaputt", legacy_token("x@y.de")[:-2] + "xx"):
        for method in (client.get, client.post):
            response = method(f"/newsletter/abmelden/{bad}/")
            assert response.status_code == 400
            assert "Der Abmeldelink ist ungültig" in response.content.decode()
    assert Subscriber.objects.get().is_active
    Subscriber.objects.all().delete()
    assert Subscriber.objects.count() == 0


class OldSigner(signing.TimestampSigner):
    """Signs as if it were three days ago (the real signer, a different clock)."""

    def timestamp(self):
        return signing.b62_encode(int(time.time()) - 3 * 24 * 3600)


def test_expired_confirmation_is_refused(client, home_page):
    old_link = OldSigner(salt=tokens.CONFIRM_SALT).sign_object(
        {"e": "alt@example.org", "t": timezone.now().isoformat()}
    )
    subscribe(client, "neu@example.org")
    pending = PendingSubscription.objects.get()
    pending.requested_at -= datetime.timedelta(hours=49)
    pending.save()
    for token in (old_link, pending.key):
        response = client.post(f"/newsletter/bestaetigen/{token}/")
        assert response.status_code == 400
        assert "abgelaufen" in response.content.decode()
    assert Subscriber.objects.count() == 0


def test_confirmation_links_sent_before_random_keys_still_work(client, home_page):
    old_link = signing.TimestampSigner(salt=tokens.CONFIRM_SALT).sign_object(
        {"e": "Frieda@example.org", "t": timezone.now().isoformat()}
    )
    assert client.post(f"/newsletter/bestaetigen/{old_link}/").status_code == 200
    assert Subscriber.objects.get().email == "frieda@example.org"


def test_expired_sign_ups_are_forgotten_by_the_daily_job(client, home_page):
    from jobs import registry

    subscribe(client, "alt@example.org")
    subscribe(client, "neu@example.org")
    old = PendingSubscription.objects.get(email="alt@example.org")
    old.requested_at -= datetime.timedelta(hours=49)
    old.save()
    assert "newsletter.purge_pending" in registry.registered()
    assert purge_pending() == 1
    assert list(PendingSubscription.objects.values_list("email", flat=True)) == ["neu@example.org"]


@pytest.mark.parametrize(
    "email,message",
    [
        ("", "Bitte geben Sie Ihre E-Mail-Adresse an."),
        ("kein-at-zeichen", "Bitte geben Sie eine gültige E-Mail-Adresse an"),
        ("a@b", "Bitte geben Sie eine gültige E-Mail-Adresse an"),
        ("x" * 250 + "@example.org", "zu lang"),
    ],
)
def test_bad_addresses_get_a_german_message(client, home_page, email, message):
    response = subscribe(client, email)
    assert response.status_code == 400
    assert message in response.content.decode()
    assert not mail.outbox


def test_consent_is_required(client, home_page):
    response = subscribe(client, consent=None)
    assert response.status_code == 400
    assert "Bitte bestätigen Sie, dass Sie den Newsletter erhalten möchten." in (
        response.content.decode()
    )


@settings(max_examples=40, deadline=None, suppress_health_check=FIXTURES)
@given(email=st.text(max_size=300), consent=st.sampled_from(["on", "", "ja", "\x00"]))
def test_whatever_strangers_type_never_fails(client, home_page, email, consent):
    from django.core.cache import cache

    cache.clear()
    response = client.post("/newsletter/", {"email": email, "consent": consent})
    assert response.status_code in (302, 400)


def test_form_is_rate_limited_per_address_of_the_sender(client, home_page):
    for i in range(10):
        assert subscribe(client, f"person{i}@example.org").status_code == 302
    response = subscribe(client, "person11@example.org")
    assert response.status_code == 429
    assert "Zu viele Anmeldeversuche" in response.content.decode()
    # Another visitor is not affected.
    assert subscribe(client, "ok@example.org", REMOTE_ADDR="10.0.0.9").status_code == 302


def test_behind_a_load_balancer_the_limit_counts_each_visitor(client, home_page, settings):
    """Every request comes from the balancer's address: one stranger blocked the form for all."""
    settings.TRUSTED_PROXY_COUNT = 1
    stranger, visitor = (
        {"HTTP_X_FORWARDED_FOR": "203.0.113.7"},
        {"HTTP_X_FORWARDED_FOR": "198.51.100.4"},
    )
    for i in range(10):
        assert subscribe(client, f"person{i}@example.org", **stranger).status_code == 302
    assert subscribe(client, "person11@example.org", **stranger).status_code == 429
    assert subscribe(client, "ok@example.org", **visitor).status_code == 302


def test_one_address_gets_at_most_three_mails_a_day(client, home_page):
    for i in range(5):
        assert subscribe(client, "opfer@example.org", REMOTE_ADDR=f"10.0.0.{i}").status_code == 302
    assert len(mail.outbox) == 3


def test_newsletter_mails_carry_each_subscribers_own_unsubscribe_link(home_page):
    from newsletter.services import newsletter_messages

    for address in ("a@example.org", "b@example.org"):
        Subscriber.objects.create(
            email=address,
            consent_text=CONSENT_TEXT,
            requested_at=timezone.now(),
            confirmed_at=timezone.now(),
        )
    Subscriber.objects.create(
        email="weg@example.org",
        status=Subscriber.Status.UNSUBSCRIBED,
        consent_text=CONSENT_TEXT,
        requested_at=timezone.now(),
        confirmed_at=timezone.now(),
    )
    messages = newsletter_messages(
        "Newsletter November", "newsletter/mail/already_subscribed.txt", {"email": ""}
    )
    assert [m.to for m in messages] == [["a@example.org"], ["b@example.org"]]
    links = {m.extra_headers["List-Unsubscribe"] for m in messages}
    assert len(links) == 2
    for message in messages:
        assert message.extra_headers["List-Unsubscribe"][1:-1] in message.body


def test_email_is_unique_in_the_database(home_page):
    from django.db import IntegrityError

    now = timezone.now()
    Subscriber.objects.create(
        email="dup@example.org", consent_text="x", requested_at=now, confirmed_at=now
    )
    with pytest.raises(IntegrityError):
        Subscriber.objects.create(
            email="DUP@example.org", consent_text="x", requested_at=now, confirmed_at=now
        )


def test_mail_server_down_means_queued_told_in_german_and_sent_later(
    client, home_page, smtp_server
):
    """Before, a refused SMTP connection was a 500 and the visitor's request was lost."""
    from django.core.management import call_command

    from jobs.models import OutgoingMail

    smtp_server.stop()
    response = subscribe(client, "fenja@example.org")
    assert response.status_code == 302
    assert response["Location"] == "/newsletter/angefordert/?zustellung=spaeter"
    page = client.get(response["Location"]).content.decode()
    assert "Unser E-Mail-Versand ist gerade gestört" in page
    queued = OutgoingMail.objects.get()
    assert (queued.status, queued.attempts, queued.to) == ("wartend", 1, ["fenja@example.org"])
    smtp_server.start()
    OutgoingMail.objects.update(next_attempt_at=timezone.now())  # the retry is due
    call_command("run_jobs", stdout=io.StringIO())
    (received,) = smtp_server.messages
    (confirm,) = re.findall(
        r"http://testserver(/newsletter/bestaetigen/\S+/)", smtp_server.text(received)
    )
    assert "bestätigt" in client.post(confirm).content.decode()
    assert Subscriber.objects.get().email == "fenja@example.org"


def test_with_the_mail_server_up_the_mail_goes_out_at_once(client, home_page, smtp_server):
    response = subscribe(client, "gerd@example.org")
    assert response["Location"] == "/newsletter/angefordert/"
    assert (
        "Wir haben Ihnen eine E-Mail geschickt" in client.get(response["Location"]).content.decode()
    )
    (received,) = smtp_server.messages
    assert received["To"] == "gerd@example.org"
