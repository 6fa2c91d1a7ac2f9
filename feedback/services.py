"""Writes of the helpfulness widget: record a vote once per page and session; close comments."""

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.crypto import salted_hmac

from .models import Feedback

SESSION_KEY = "feedback_pages"
REMEMBERED_PAGES = 500  # pages a session remembers having voted on


class AlreadyVotedError(Exception):
    """This visitor session already answered for this page."""


def visitor_key(session):
    """A keyed hash of the session key: enough to refuse a second vote, useless for tracking."""
    if session.session_key is None:
        session.save()
    return salted_hmac("feedback.visitor", session.session_key, algorithm="sha256").hexdigest()


def has_voted(session, page_id):
    return page_id in session.get(SESSION_KEY, [])


def record_vote(page, helpful, comment, session):
    """Store the vote; raises AlreadyVotedError for a second vote of the same session."""
    if has_voted(session, page.pk):
        raise AlreadyVotedError
    try:
        with transaction.atomic():
            feedback = Feedback.objects.create(
                page=page, helpful=helpful, comment=comment, visitor=visitor_key(session)
            )
    except IntegrityError:  # two submissions racing each other
        raise AlreadyVotedError from None
    remember_vote(session, page.pk)
    return feedback


def remember_vote(session, page_id):
    pages = [pk for pk in session.get(SESSION_KEY, []) if pk != page_id]
    session[SESSION_KEY] = [*pages, page_id][-REMEMBERED_PAGES:]


def mark_done(feedback_ids, user, done=True):
    """Mark comments done (or open again); returns how many changed."""
    queryset = Feedback.objects.with_comment().filter(pk__in=feedback_ids)
    if done:
        return queryset.filter(done_at__isnull=True).update(done_at=timezone.now(), done_by=user)
    return queryset.filter(done_at__isnull=False).update(done_at=None, done_by=None)
