"""Relay a visitor's message to a contact person: by e-mail, Reply-To the sender, body not kept."""

import hashlib
import logging
from datetime import timedelta
from email.utils import formataddr

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import transaction
from django.template.loader import render_to_string

from jobs import mail as mail_queue
from operations import ratelimit

from .models import ContactRequest

logger = logging.getLogger(__name__)

# (key prefix, hits, seconds): per sending address, per recipient, per client address.
SENDER_LIMIT = (5, 60 * 60 * 24)
RECIPIENT_LIMIT = (20, 60 * 60 * 24)
IP_LIMIT = (10, 60 * 60)
KEEP_LOG = timedelta(days=180)


def _digest(value):
    return hashlib.sha256(str(value).encode()).hexdigest()[:32]


def ip_allowed(request):
    return ratelimit.allow(f"contact:ip:{ratelimit.client_ip(request)}", *IP_LIMIT)


def mail_allowed(sender_email, recipient):
    """Limits per sending address and per recipient (nobody floods a family manager's inbox)."""
    return ratelimit.allow(f"contact:from:{_digest(sender_email)}", *SENDER_LIMIT) and (
        ratelimit.allow(f"contact:to:{recipient.pk}", *RECIPIENT_LIMIT)
    )


def relay(target, data):
    """Log the request (without its text) and queue the mail; returns the ContactRequest."""
    recipient = data["recipient"]
    with transaction.atomic():
        entry = ContactRequest.objects.create(
            recipient=recipient,
            page=target.page,
            municipality=target.municipality,
            sender_name=data["name"],
            sender_email=data["email"],
            subject=data["subject"],
        )
        body = render_to_string(
            "contact/mail/relay.txt",
            {"target": target, "recipient": recipient, "data": data},
        )
        message = EmailMessage(
            subject=f"Kontaktanfrage: {data['subject']}",
            body=body,
            from_email=settings.DEFAULT_FROM_EMAIL,
            to=[recipient.email],
            reply_to=[formataddr((data["name"], data["email"]))],
        )
        entry.mail, _created = mail_queue.enqueue(
            message, f"contact:{entry.pk}", "contact.relay", keep_body=False
        )
        entry.save(update_fields=["mail"])
    # The log line names the people and the subject, never the message.
    logger.info(
        "Kontaktanfrage %s an Familienmanager/in %s weitergeleitet (%s)",
        entry.pk,
        recipient.pk,
        target.about,
    )
    return entry


def purge_old_requests(now):
    """The log is kept for half a year, long enough to answer questions about misuse."""
    deleted, _ = ContactRequest.objects.filter(created_at__lt=now - KEEP_LOG).delete()
    return deleted
