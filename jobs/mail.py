"""The mail queue: every mail of the site's background work goes out through here.

`enqueue(message, key, kind)` stores an `EmailMessage` under a key that names it (for example
`alert:17:2026-12-07`); queueing the same key again does nothing, so a job that runs twice
sends nothing twice. Delivery starts right after the transaction commits (through the tasks
backend, see `jobs.tasks`) and `manage.py run_jobs` retries what the mail server refused, with
growing pauses, for about two days. A mail is claimed by one worker before it is sent; if that
worker dies while sending, the mail is marked "unklar" and never sent again.
"""

import hashlib
import logging
import smtplib
from datetime import timedelta
from functools import partial

from django.core.mail import EmailMultiAlternatives, get_connection
from django.core.mail.utils import DNS_NAME
from django.db import IntegrityError, transaction
from django.utils import timezone

from .models import OutgoingMail

logger = logging.getLogger(__name__)

# Pause after the 1st, 2nd, ... failed attempt; after the last one the mail counts as failed.
RETRY_DELAYS = [
    timedelta(minutes=1),
    timedelta(minutes=5),
    timedelta(minutes=30),
    timedelta(hours=2),
    timedelta(hours=6),
    timedelta(hours=12),
    timedelta(hours=24),
]
MAX_ATTEMPTS = len(RETRY_DELAYS) + 1
# A claim older than this belongs to a worker that died mid-send.
CLAIM_TIMEOUT = timedelta(minutes=15)
BATCH = 500

Status = OutgoingMail.Status


def enqueue(message, key, kind, keep_body=True, deliver=True):
    """Store `message` for delivery under `key`; returns (OutgoingMail, created).

    `keep_body=False` deletes the text once it is delivered (relayed personal messages).
    With `deliver`, sending starts as soon as the surrounding transaction commits.
    """
    html = next(
        (
            content
            for content, mimetype in getattr(message, "alternatives", [])
            if mimetype == "text/html"
        ),
        "",
    )
    try:
        with transaction.atomic():
            mail = OutgoingMail.objects.create(
                key=key[:200],
                kind=kind[:60],
                from_email=message.from_email,
                to=list(message.to),
                reply_to=list(message.reply_to),
                headers=dict(message.extra_headers),
                subject=message.subject[:500],
                body=message.body,
                html_body=html,
                keep_body=keep_body,
            )
    except IntegrityError:
        return OutgoingMail.objects.get(key=key[:200]), False
    if deliver:
        from .tasks import deliver_mail

        transaction.on_commit(partial(deliver_mail.enqueue, mail.pk))
    return mail, True


def message_id(mail):
    """A Message-ID derived from the key: the same mail keeps the same identity."""
    digest = hashlib.sha256(mail.key.encode()).hexdigest()[:32]
    return f"<{digest}@{DNS_NAME}>"


def build_message(mail, connection=None):
    message = EmailMultiAlternatives(
        subject=mail.subject,
        body=mail.body,
        from_email=mail.from_email,
        to=mail.to,
        reply_to=mail.reply_to or None,
        headers={**mail.headers, "Message-ID": message_id(mail)},
        connection=connection,
    )
    if mail.html_body:
        message.attach_alternative(mail.html_body, "text/html")
    return message


def _claim(mail_id, now):
    """Take the mail for this worker; False if another has it, it is done, or not yet due."""
    return (
        OutgoingMail.objects.filter(
            pk=mail_id, status=Status.QUEUED, next_attempt_at__lte=now
        ).update(status=Status.SENDING, claimed_at=now)
        == 1
    )


def _permanent(error):
    """Errors that a retry cannot fix: every recipient refused for good (5xx)."""
    if isinstance(error, smtplib.SMTPRecipientsRefused):
        return all(code >= 500 for code, _message in error.recipients.values())
    return False


def deliver_one(mail_id, connection=None, now=None):
    """Send one due mail; returns its new status, or None if it was not ours to send."""
    now = now or timezone.now()
    if not _claim(mail_id, now):
        return None
    mail = OutgoingMail.objects.get(pk=mail_id)
    own_connection = connection is None
    connection = connection or get_connection()
    try:
        connection.send_messages([build_message(mail, connection)])
    except Exception as error:  # any failure of the mail server means "try again later"
        connection.close()  # a half-broken SMTP session must not poison the next mail
        return _failed(mail, error, now)
    finally:
        if own_connection:
            connection.close()
    mail.status = Status.SENT
    mail.sent_at = timezone.now()
    mail.attempts += 1
    mail.claimed_at = None
    mail.last_error = ""
    fields = ["status", "sent_at", "attempts", "claimed_at", "last_error"]
    if not mail.keep_body:
        mail.body = mail.html_body = ""
        fields += ["body", "html_body"]
    mail.save(update_fields=fields)
    return mail.status


def _failed(mail, error, now):
    mail.attempts += 1
    mail.claimed_at = None
    mail.last_error = f"{type(error).__name__}: {error}"[:2000]
    fields = ["attempts", "claimed_at", "last_error", "status", "next_attempt_at"]
    if _permanent(error) or mail.attempts >= MAX_ATTEMPTS:
        mail.status = Status.FAILED
        if not mail.keep_body:
            mail.body = mail.html_body = ""
            fields += ["body", "html_body"]
        logger.error(
            "E-Mail %s (%s) endgültig nicht zustellbar nach %s Versuchen: %s",
            mail.pk,
            mail.kind,
            mail.attempts,
            mail.last_error,
        )
    else:
        mail.status = Status.QUEUED
        mail.next_attempt_at = now + RETRY_DELAYS[mail.attempts - 1]
        logger.warning(
            "E-Mail %s (%s) nicht gesendet, neuer Versuch um %s: %s",
            mail.pk,
            mail.kind,
            mail.next_attempt_at.isoformat(),
            mail.last_error,
        )
    mail.save(update_fields=fields)
    return mail.status


def recover_stale_claims(now=None):
    """Mails whose worker died mid-send: maybe delivered, so never again; returns the count."""
    now = now or timezone.now()
    stale = OutgoingMail.objects.filter(status=Status.SENDING, claimed_at__lt=now - CLAIM_TIMEOUT)
    for mail_id, kind in stale.values_list("pk", "kind"):
        logger.error("E-Mail %s (%s): Versand abgebrochen, Zustellung unklar.", mail_id, kind)
    return stale.update(status=Status.UNKNOWN, claimed_at=None)


def deliver_due(now=None, limit=BATCH):
    """Send every queued mail that is due, over one connection; returns {status: count}."""
    now = now or timezone.now()
    recover_stale_claims(now)
    due = list(
        OutgoingMail.objects.filter(status=Status.QUEUED, next_attempt_at__lte=now)
        .order_by("next_attempt_at", "pk")
        .values_list("pk", flat=True)[:limit]
    )
    counts = {}
    if not due:
        return counts
    connection = get_connection()
    try:
        for mail_id in due:
            status = deliver_one(mail_id, connection, now)
            if status:
                counts[status] = counts.get(status, 0) + 1
    finally:
        connection.close()
    return counts


def purge_sent(older_than=timedelta(days=90), now=None):
    """Forget delivered mails after a while (their text is no longer needed)."""
    now = now or timezone.now()
    deleted, _ = OutgoingMail.objects.filter(
        status=Status.SENT, sent_at__lt=now - older_than
    ).delete()
    return deleted
