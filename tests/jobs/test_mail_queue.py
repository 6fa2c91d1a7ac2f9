"""The mail queue over a real SMTP server: delivered once, retried while the server is down."""

import datetime

import pytest
from django.core.mail import EmailMessage
from django.utils import timezone

from jobs import mail as queue
from jobs.models import OutgoingMail

pytestmark = pytest.mark.django_db
Status = OutgoingMail.Status


def message(to="eva@example.org", subject="Neue Praxisprojekte zu Ihrem Suchauftrag"):
    return EmailMessage(
        subject=subject,
        body="Grüße aus Bochum – Straße, Größe, Übersicht.",
        from_email="IQZ Familienmanagement <noreply@example.org>",
        to=[to],
        reply_to=["redaktion@example.org"],
        headers={"List-Unsubscribe": "<http://testserver/x/>"},
    )


def test_a_queued_mail_arrives_once_with_its_headers(smtp_server):
    mail, created = queue.enqueue(message(), "test:1", "test")
    again, created_again = queue.enqueue(message(), "test:1", "test")
    assert created and not created_again and again.pk == mail.pk
    assert queue.deliver_due() == {Status.SENT: 1}
    assert queue.deliver_due() == {}
    (received,) = smtp_server.messages
    assert received["Subject"] == "Neue Praxisprojekte zu Ihrem Suchauftrag"
    assert received["Reply-To"] == "redaktion@example.org"
    assert received["List-Unsubscribe"] == "<http://testserver/x/>"
    assert received["Message-ID"] == queue.message_id(mail)
    assert received.envelope_to == ["eva@example.org"]
    assert "Straße, Größe, Übersicht" in smtp_server.text(received)
    mail.refresh_from_db()
    assert mail.status == Status.SENT and mail.attempts == 1 and mail.sent_at


def test_delivery_starts_after_the_commit(smtp_server, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        queue.enqueue(message(), "test:commit", "test")
        assert smtp_server.messages == []  # nothing leaves before the commit
    assert len(smtp_server.messages) == 1
    assert OutgoingMail.objects.get().status == Status.SENT


def test_server_down_means_retry_later_then_exactly_one_delivery(smtp_server):
    smtp_server.stop()
    queue.enqueue(message(), "test:down", "test")
    now = timezone.now()
    assert queue.deliver_due(now) == {Status.QUEUED: 1}
    mail = OutgoingMail.objects.get()
    assert mail.attempts == 1 and "Connection" in mail.last_error
    assert mail.next_attempt_at == now + queue.RETRY_DELAYS[0]
    assert queue.deliver_due(now + datetime.timedelta(seconds=30)) == {}  # not yet due
    smtp_server.start()
    assert queue.deliver_due(now + datetime.timedelta(minutes=2)) == {Status.SENT: 1}
    assert queue.deliver_due(now + datetime.timedelta(days=3)) == {}
    assert len(smtp_server.messages) == 1


def test_a_refusing_server_is_retried_until_the_mail_counts_as_failed(smtp_server):
    smtp_server.mailbox.refuse = True
    queue.enqueue(message(), "test:refused", "test")
    now = timezone.now()
    for _attempt in range(queue.MAX_ATTEMPTS):
        queue.deliver_due(now)
        now += datetime.timedelta(days=1)
    mail = OutgoingMail.objects.get()
    assert mail.status == Status.FAILED and mail.attempts == queue.MAX_ATTEMPTS
    assert "451" in mail.last_error
    smtp_server.mailbox.refuse = False
    assert queue.deliver_due(now) == {}
    assert smtp_server.messages == []


def test_one_good_mail_is_not_held_up_by_a_bad_one(smtp_server):
    queue.enqueue(message(to="kaputt@"), "test:bad", "test")
    queue.enqueue(message(to="gut@example.org"), "test:good", "test")
    counts = queue.deliver_due()
    assert counts.get(Status.SENT) == 1
    assert [m.envelope_to for m in smtp_server.messages] == [["gut@example.org"]]


def test_a_claimed_mail_is_sent_by_one_worker_only(smtp_server):
    mail, _ = queue.enqueue(message(), "test:race", "test")
    now = timezone.now()
    assert queue._claim(mail.pk, now)  # another worker took it
    assert queue.deliver_one(mail.pk, now=now) is None
    assert queue.deliver_due(now) == {}
    assert smtp_server.messages == []


def test_a_worker_that_died_mid_send_never_causes_a_second_mail(smtp_server):
    mail, _ = queue.enqueue(message(), "test:stale", "test")
    now = timezone.now()
    queue._claim(mail.pk, now)
    later = now + queue.CLAIM_TIMEOUT + datetime.timedelta(minutes=1)
    assert queue.deliver_due(later) == {}
    mail.refresh_from_db()
    assert mail.status == Status.UNKNOWN
    assert smtp_server.messages == []


def test_relayed_text_is_deleted_once_delivered(smtp_server):
    queue.enqueue(message(), "test:private", "kontakt", keep_body=False)
    queue.deliver_due()
    mail = OutgoingMail.objects.get()
    assert mail.status == Status.SENT and mail.body == "" and mail.html_body == ""
    assert "Übersicht" in smtp_server.text(smtp_server.messages[0])


def test_old_delivered_mails_are_purged(smtp_server):
    queue.enqueue(message(), "test:old", "test")
    queue.deliver_due()
    assert queue.purge_sent(now=timezone.now() + datetime.timedelta(days=30)) == 0
    assert queue.purge_sent(now=timezone.now() + datetime.timedelta(days=91)) == 1
