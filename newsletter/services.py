"""Writes of the newsletter: request a subscription, confirm it, cancel it; and its e-mails."""

import datetime
import hashlib

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone

from operations import ratelimit

from . import tokens
from .models import Subscriber, normalise_email

MAILS_PER_ADDRESS = 3  # per day: nobody can flood a stranger's inbox through the form
MAIL_WINDOW = 60 * 60 * 24


def absolute(request, url):
    if request is not None:
        return request.build_absolute_uri(url)
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + url


def unsubscribe_url(email, request=None):
    return absolute(
        request, reverse("newsletter:unsubscribe", args=[tokens.unsubscribe_token(email)])
    )


def build_mail(email, subject, template, context, request=None):
    """A mail to one address with the one-click unsubscribe link in the text and the headers."""
    link = unsubscribe_url(email, request)
    body = render_to_string(template, {**context, "unsubscribe_url": link})
    message = EmailMultiAlternatives(
        subject=subject,
        body=body,
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[email],
        headers={
            "List-Unsubscribe": f"<{link}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        },
    )
    return message


def request_subscription(email, consent_text, request=None):
    """Send the confirmation link (or a note to active subscribers). Stores nothing.

    Returns False when this address already got its mails for today.
    """
    email = normalise_email(email)
    digest = hashlib.sha256(email.encode()).hexdigest()
    if not ratelimit.allow(f"newsletter:mail:{digest}", MAILS_PER_ADDRESS, MAIL_WINDOW):
        return False
    if Subscriber.objects.active().filter(email=email).exists():
        message = build_mail(
            email,
            "Sie erhalten unseren Newsletter bereits",
            "newsletter/mail/already_subscribed.txt",
            {"email": email},
            request,
        )
    else:
        token = tokens.confirmation_token(email, timezone.now())
        confirm_url = absolute(request, reverse("newsletter:confirm", args=[token]))
        message = build_mail(
            email,
            "Bitte bestätigen Sie Ihre Anmeldung zum Newsletter",
            "newsletter/mail/confirm.txt",
            {
                "email": email,
                "confirm_url": confirm_url,
                "consent_text": consent_text,
                "valid_hours": tokens.CONFIRM_MAX_AGE // 3600,
            },
            request,
        )
    message.send()
    return True


def confirm(token, consent_text):
    """Activate the subscription the token stands for; returns (subscriber, created).

    Raises tokens.InvalidTokenError for a tampered, foreign or expired token.
    """
    data = tokens.read_confirmation_token(token)
    email = normalise_email(data["e"])
    try:
        requested_at = datetime.datetime.fromisoformat(data["t"])
    except (KeyError, TypeError, ValueError):
        raise tokens.InvalidTokenError("Der Bestätigungslink ist ungültig.") from None
    now = timezone.now()
    with transaction.atomic():
        subscriber = Subscriber.objects.select_for_update().filter(email=email).first()
        if subscriber is None:
            try:
                with transaction.atomic():
                    subscriber = Subscriber.objects.create(
                        email=email,
                        consent_text=consent_text,
                        requested_at=requested_at,
                        confirmed_at=now,
                    )
                return subscriber, True
            except IntegrityError:  # confirmed twice at the same moment
                return Subscriber.objects.get(email=email), False
        if subscriber.is_active:
            return subscriber, False
        if subscriber.unsubscribed_at and requested_at < subscriber.unsubscribed_at:
            # An old link must not undo a later cancellation.
            raise tokens.InvalidTokenError(
                "Dieser Bestätigungslink ist älter als Ihre Abmeldung. Bitte melden Sie sich "
                "erneut an."
            )
        subscriber.status = Subscriber.Status.ACTIVE
        subscriber.consent_text = consent_text
        subscriber.requested_at = requested_at
        subscriber.confirmed_at = now
        subscriber.unsubscribed_at = None
        subscriber.save()
        return subscriber, True


def unsubscribe(token):
    """Cancel at once; unknown or already cancelled addresses are fine (nothing to do)."""
    email = normalise_email(tokens.read_unsubscribe_token(token))
    return Subscriber.objects.filter(email=email, status=Subscriber.Status.ACTIVE).update(
        status=Subscriber.Status.UNSUBSCRIBED, unsubscribed_at=timezone.now()
    )


def newsletter_messages(subject, template, context=None, request=None):
    """One message per active subscriber, each with its own unsubscribe link and headers."""
    return [
        build_mail(subscriber.email, subject, template, context or {}, request)
        for subscriber in Subscriber.objects.active().order_by("email")
    ]
