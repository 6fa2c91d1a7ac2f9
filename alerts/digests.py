"""The digest: new public matches of an alert since its last digest, queued as one mail.

The job `alerts.send_digests` (hourly, from `manage.py run_jobs`) finds alerts whose week or
month has passed. For each it runs the saved search through `search.service.search` as an
anonymous visitor (restricted pages never go into a mail), keeps the pages first published in
the period, queues the mail under a key naming the alert and the period, and moves the period
on, all in one transaction: a second run finds nothing to do, and the queue sends each mail once.
"""

import datetime
import logging
import re

from django.contrib.auth.models import AnonymousUser
from django.db import transaction
from django.db.models import Q
from django.http import QueryDict
from django.utils import timezone
from django.utils.html import strip_tags
from wagtail.models import Page

from jobs import mail as mail_queue
from knowledge.access import viewable
from search import service

from . import searches
from .models import SearchAlert
from .services import build_mail

logger = logging.getLogger(__name__)

SHOWN = 20  # entries in one mail; more are linked
FETCH = 100  # newest matches looked at per digest
PERIODS = {
    SearchAlert.Frequency.WEEKLY: datetime.timedelta(days=7),
    SearchAlert.Frequency.MONTHLY: None,  # a calendar month
}


def add_month(moment):
    month = moment.month % 12 + 1
    year = moment.year + (moment.month == 12)
    for day in (moment.day, 30, 29, 28):
        try:
            return moment.replace(year=year, month=month, day=day)
        except ValueError:
            continue
    raise ValueError(moment)


def due_at(alert):
    period = PERIODS.get(alert.frequency)
    return alert.covered_until + period if period else add_month(alert.covered_until)


def new_matches(alert, since, until):
    """(hits, more): the search's public matches first published in (since, until]."""
    try:
        searches.validate(alert.query)
    except searches.InvalidSearchError as error:
        logger.warning("Suchauftrag %s ist nicht mehr gültig: %s", alert.pk, error)
        return [], False
    params = QueryDict(alert.query, mutable=True)
    params["sortierung"] = "neueste"
    anonymous = AnonymousUser()
    result = service.search(params, anonymous, per_page=FETCH, log=False)
    ids = [hit.page_id for hit in result.hits]
    published = dict(
        viewable(Page.objects.filter(pk__in=ids), anonymous).values_list("pk", "first_published_at")
    )
    hits = [
        hit
        for hit in result.hits
        if published.get(hit.page_id) and since < published[hit.page_id] <= until
    ]
    for hit in hits:
        hit.published = published[hit.page_id]
        hit.text = re.sub(r"\s+", " ", strip_tags(str(hit.snippet))).strip()
    return hits[:SHOWN], len(hits) > SHOWN


def queue_digest(alert, now):
    """Queue this alert's digest if it is due; returns True when a mail was queued."""
    since = alert.covered_until
    with transaction.atomic():
        # The claim: only the run that moves the period on may queue its mail.
        moved = SearchAlert.objects.filter(
            pk=alert.pk, status=SearchAlert.Status.ACTIVE, covered_until=since
        ).update(covered_until=now)
        if not moved:
            return False
        hits, more = new_matches(alert, since, now)
        if not hits:
            return False
        count = len(hits)
        subject = (
            f"{count}{'+' if more else ''} neue{'r' if count == 1 and not more else ''} "
            f"Treffer zu Ihrem Suchauftrag: {alert.label}"
        )[:200]
        message = build_mail(
            alert,
            subject,
            "alerts/mail/digest.txt",
            {"hits": hits, "more": more, "since": since, "until": now, "base": base_url()},
        )
        mail_queue.enqueue(message, f"alert:{alert.pk}:digest:{since.isoformat()}", "alerts.digest")
        SearchAlert.objects.filter(pk=alert.pk).update(digests_sent=alert.digests_sent + 1)
    return True


def base_url():
    from django.conf import settings

    return settings.WAGTAILADMIN_BASE_URL.rstrip("/")


def queue_due(now=None):
    """Queue the digests of every alert whose period has passed; returns how many."""
    now = now or timezone.now()
    candidates = SearchAlert.objects.active().filter(
        Q(covered_until__lte=now - PERIODS[SearchAlert.Frequency.WEEKLY])
    )
    queued = 0
    for alert in candidates.iterator():
        if due_at(alert) <= now and queue_digest(alert, now):
            queued += 1
    return queued
