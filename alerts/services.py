"""Writes of search alerts: request (double opt-in), confirm, change, cancel; their mails."""

import datetime

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone

from jobs import mail as mail_queue
from newsletter.services import absolute
from operations import ratelimit

from . import tokens
from .models import SearchAlert, address_digest

MAILS_PER_ADDRESS = 3  # confirmation mails a day: the form cannot flood a stranger's inbox
MAIL_WINDOW = 60 * 60 * 24
CONSENT_TEXT = (
    "Ich möchte per E-Mail über neue Inhalte zu dieser Suche informiert werden. Meine "
    "E-Mail-Adresse wird nur dafür verwendet. Ich kann den Suchauftrag jederzeit über den Link "
    "in jeder E-Mail abbestellen."
)


def links(alert, request=None):
    return {
        "manage_url": absolute(
            request, reverse("alerts:manage", args=[tokens.manage_token(alert.email_digest)])
        ),
        "unsubscribe_url": absolute(
            request, reverse("alerts:unsubscribe", args=[tokens.unsubscribe_token(alert)])
        ),
        "search_url": absolute(request, alert.search_url),
    }


def build_mail(alert, subject, template, context, request=None):
    """A mail about one alert: manage and one-click unsubscribe links in text and headers."""
    urls = links(alert, request)
    body = render_to_string(template, {**context, **urls, "alert": alert})
    return EmailMessage(
        subject=subject,
        body=body,
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[alert.email],
        headers={
            "List-Unsubscribe": f"<{urls['unsubscribe_url']}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        },
    )


def request_alert(email, query, label, frequency, user=None, request=None):
    """Store the alert; active at once for a logged-in user's own address, else double opt-in.

    Returns the alert, or None when the address already had its mails for today or already
    has this alert (the visitor is told the same either way).
    """
    email = (email or "").strip().lower()
    existing = SearchAlert.objects.active().for_address(email).filter(query=query).first()
    own_address = user is not None and user.is_authenticated and user.email.lower() == email
    if own_address:
        if existing:
            return existing
        now = timezone.now()
        return SearchAlert.objects.create(
            email=email,
            user=user,
            query=query,
            label=label,
            frequency=frequency,
            status=SearchAlert.Status.ACTIVE,
            consent_text=CONSENT_TEXT,
            confirmed_at=now,
            covered_until=now,
        )
    if not ratelimit.allow(f"alerts:mail:{address_digest(email)}", MAILS_PER_ADDRESS, MAIL_WINDOW):
        return None
    with transaction.atomic():
        if existing:
            message = build_mail(
                existing,
                "Diesen Suchauftrag haben Sie bereits",
                "alerts/mail/already_active.txt",
                {},
                request,
            )
            mail_queue.enqueue(
                message, f"alert:{existing.pk}:exists:{timezone.now().isoformat()}", "alerts.info"
            )
            return None
        alert = SearchAlert.objects.create(
            email=email, query=query, label=label, frequency=frequency, consent_text=CONSENT_TEXT
        )
        confirm_url = absolute(
            request, reverse("alerts:confirm", args=[tokens.confirmation_token(alert)])
        )
        message = build_mail(
            alert,
            "Bitte bestätigen Sie Ihren Suchauftrag",
            "alerts/mail/confirm.txt",
            {"confirm_url": confirm_url, "valid_hours": tokens.CONFIRM_MAX_AGE // 3600},
            request,
        )
        mail_queue.enqueue(message, f"alert:{alert.pk}:confirm", "alerts.confirm")
    return alert


def confirm(token):
    """Activate the alert the token names; returns (alert, activated now).

    Raises tokens.InvalidTokenError for a bad or old link, or an alert cancelled meanwhile.
    """
    uuid = tokens.read_confirmation_token(token)
    with transaction.atomic():
        alert = SearchAlert.objects.select_for_update().filter(uuid=uuid).first()
        if alert is None or alert.status == SearchAlert.Status.CANCELLED:
            raise tokens.InvalidTokenError(
                "Dieser Suchauftrag besteht nicht mehr. Bitte legen Sie ihn erneut an."
            )
        if alert.status == SearchAlert.Status.ACTIVE:
            return alert, False
        duplicate = (
            SearchAlert.objects.active().for_address(alert.email).filter(query=alert.query).first()
        )
        if duplicate:
            alert.delete()
            return duplicate, False
        now = timezone.now()
        alert.status = SearchAlert.Status.ACTIVE
        alert.confirmed_at = alert.covered_until = now
        alert.save(update_fields=["status", "confirmed_at", "covered_until"])
    return alert, True


def alert_for_unsubscribe(token):
    return SearchAlert.objects.filter(uuid=tokens.read_unsubscribe_token(token)).first()


def cancel(alert):
    """Stop the alert at once; cancelling twice is fine."""
    return (
        SearchAlert.objects.filter(pk=alert.pk)
        .exclude(status=SearchAlert.Status.CANCELLED)
        .update(status=SearchAlert.Status.CANCELLED, cancelled_at=timezone.now())
    )


def set_frequency(alert, frequency):
    if frequency in SearchAlert.Frequency.values:
        SearchAlert.objects.filter(pk=alert.pk).update(frequency=frequency)


def purge_unconfirmed(now):
    """Requests nobody confirmed within the link's lifetime are forgotten."""
    limit = now - datetime.timedelta(seconds=tokens.CONFIRM_MAX_AGE)
    deleted, _ = SearchAlert.objects.filter(
        status=SearchAlert.Status.PENDING, created_at__lt=limit
    ).delete()
    return deleted
