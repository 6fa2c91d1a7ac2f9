"""Writes of the newsletter: request a subscription, confirm it, cancel it; and its e-mails.

Mails go through the site's mail queue (`jobs.mail`): when the mail server is down, the
visitor is told in German and the mail follows as soon as it is back (`manage.py run_jobs`).
"""

import datetime
import hashlib
import uuid

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone

from operations import ratelimit

from . import tokens
from .models import PendingSubscription, Subscriber, normalise_email

MAILS_PER_ADDRESS = 3  # per day: nobody can flood a stranger's inbox through the form
MAIL_WINDOW = 60 * 60 * 24


def absolute(request, url):
    if request is not None:
        return request.build_absolute_uri(url)
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + url


def unsubscribe_url(subscriber, request=None):
    return absolute(request, reverse("newsletter:unsubscribe", args=[subscriber.unsubscribe_key]))


def build_mail(email, subject, template, context, request=None, subscriber=None):
    """A mail to one address; a subscriber's carries the one-click unsubscribe link."""
    headers = {}
    link = ""
    if subscriber is not None:
        link = unsubscribe_url(subscriber, request)
        headers = {
            "List-Unsubscribe": f"<{link}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        }
    body = render_to_string(template, {**context, "unsubscribe_url": link})
    return EmailMultiAlternatives(
        subject=subject,
        body=body,
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[email],
        headers=headers,
    )


def send(message, digest, kind):
    """Queue `message` and try to deliver it now; True if it went out (or a worker sends it).

    The view runs outside a transaction, so the queued row is committed and delivery can start
    at once; a refused or unreachable mail server leaves it queued for the next attempt.
    """
    from jobs.mail import enqueue
    from jobs.models import OutgoingMail
    from jobs.tasks import deliver_mail

    mail, _created = enqueue(
        message, f"{kind}:{digest[:16]}:{uuid.uuid4().hex}", kind, keep_body=False, deliver=False
    )
    deliver_mail.enqueue(mail.pk)
    mail.refresh_from_db(fields=["status", "attempts"])
    return not (mail.status == OutgoingMail.Status.QUEUED and mail.attempts > 0)


def request_subscription(email, consent_text, request=None):
    """Send the confirmation link (or a note to active subscribers). Stores nothing else.

    Returns False when the mail server could not take the mail now (it is queued and sent
    later); True otherwise, also when this address already got its mails for today (the
    answer must not differ).
    """
    email = normalise_email(email)
    digest = hashlib.sha256(email.encode()).hexdigest()
    if not ratelimit.allow(f"newsletter:mail:{digest}", MAILS_PER_ADDRESS, MAIL_WINDOW):
        return True
    subscriber = Subscriber.objects.active().filter(email=email).first()
    if subscriber is not None:
        message = build_mail(
            email,
            "Sie erhalten unseren Newsletter bereits",
            "newsletter/mail/already_subscribed.txt",
            {"email": email},
            request,
            subscriber,
        )
    else:
        pending = PendingSubscription.objects.create(email=email, requested_at=timezone.now())
        confirm_url = absolute(request, reverse("newsletter:confirm", args=[pending.key]))
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
    return send(message, digest, "newsletter-anmeldung")


def pending_request(token, now=None):
    """(address, requested_at) of the sign-up a confirmation link stands for.

    Links carry the random key of a `PendingSubscription`; links sent before that (a signed
    address) are still read until they expire. Raises tokens.InvalidTokenError.
    """
    now = now or timezone.now()
    pending = PendingSubscription.objects.filter(key=str(token)[:64]).first()
    if pending is not None:
        if now - pending.requested_at > datetime.timedelta(seconds=tokens.CONFIRM_MAX_AGE):
            raise tokens.InvalidTokenError(tokens.EXPIRED_CONFIRMATION)
        return pending.email, pending.requested_at
    data = tokens.read_confirmation_token(token)
    try:
        return normalise_email(data["e"]), datetime.datetime.fromisoformat(data["t"])
    except (KeyError, TypeError, ValueError):
        raise tokens.InvalidTokenError(tokens.INVALID_CONFIRMATION) from None


def purge_pending(now=None):
    """Forget sign-ups whose confirmation link has expired; returns how many."""
    now = now or timezone.now()
    cutoff = now - datetime.timedelta(seconds=tokens.CONFIRM_MAX_AGE)
    return PendingSubscription.objects.filter(requested_at__lt=cutoff).delete()[0]


def confirm(token, consent_text):
    """Activate the subscription the token stands for; returns (subscriber, created).

    Raises tokens.InvalidTokenError for a tampered, foreign or expired token.
    """
    email, requested_at = pending_request(token)
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


def subscribers_for(token):
    """The subscribers an unsubscribe link stands for; raises tokens.InvalidTokenError."""
    token = str(token)[:1000]
    by_key = Subscriber.objects.filter(unsubscribe_key=token)
    if by_key.exists():
        return by_key
    email = tokens.read_legacy_unsubscribe_token(token)
    if email is None:
        raise tokens.InvalidTokenError(tokens.INVALID_UNSUBSCRIBE)
    return Subscriber.objects.filter(email=normalise_email(email))


def unsubscribe(token):
    """Cancel at once; an already cancelled subscription is fine (nothing to do)."""
    return (
        subscribers_for(token)
        .filter(status=Subscriber.Status.ACTIVE)
        .update(status=Subscriber.Status.UNSUBSCRIBED, unsubscribed_at=timezone.now())
    )


def newsletter_messages(subject, template, context=None, request=None):
    """One message per active subscriber, each with its own unsubscribe link and headers."""
    return [
        build_mail(subscriber.email, subject, template, context or {}, request, subscriber)
        for subscriber in Subscriber.objects.active().order_by("email")
    ]
