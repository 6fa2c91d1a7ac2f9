"""Periodic jobs: registered by the apps, started by `manage.py run_jobs` once they are due.

An app registers its job in `AppConfig.ready()`:

    jobs.registry.register("alerts.digests", alerts.digests.queue_due, every=timedelta(hours=1))

The function gets the current time and returns something printable (a count, a dict). A job
runs again when `every` has passed since its last successful start; a failed job is tried again
on the next run. One job never runs twice at the same time (the claim is a conditional UPDATE
on its `JobRun` row). Jobs should be idempotent; mails they queue carry a key (`jobs.mail`).
"""

import logging
from dataclasses import dataclass
from datetime import timedelta

from django.db import IntegrityError, transaction
from django.db.models import F, Q
from django.utils import timezone

from .models import JobRun

logger = logging.getLogger(__name__)

# A job still marked as running after this long is assumed dead and may start again.
RUN_TIMEOUT = timedelta(hours=2)


@dataclass(frozen=True)
class Job:
    name: str
    function: object
    every: timedelta


_jobs = {}


def register(name, function, every):
    _jobs[name] = Job(name, function, every)
    return function


def registered():
    return dict(_jobs)


def _run_row(name):
    try:
        with transaction.atomic():
            return JobRun.objects.get_or_create(name=name)[0]
    except IntegrityError:
        return JobRun.objects.get(name=name)


def _claim(job, now, force):
    """Mark the job as started unless it is running elsewhere or not yet due."""
    row = _run_row(job.name)
    not_running = (
        Q(started_at__isnull=True)
        | Q(finished_at__gte=F("started_at"))
        | Q(started_at__lt=now - RUN_TIMEOUT)
    )
    due = Q() if force else Q(succeeded_at__isnull=True) | Q(succeeded_at__lte=now - job.every)
    return JobRun.objects.filter(Q(pk=row.pk) & not_running & due).update(started_at=now) == 1


def run(job, now=None, force=False):
    """Run one job if it is due; returns ("übersprungen" | "ok" | "fehler", result or error)."""
    now = now or timezone.now()
    if not _claim(job, now, force):
        return "übersprungen", None
    try:
        result = job.function(now)
    except Exception as error:
        logger.exception("Hintergrundaufgabe %s fehlgeschlagen", job.name)
        JobRun.objects.filter(name=job.name).update(
            finished_at=timezone.now(), last_error=f"{type(error).__name__}: {error}"[:2000]
        )
        return "fehler", error
    JobRun.objects.filter(name=job.name).update(
        finished_at=timezone.now(), succeeded_at=now, last_error=""
    )
    return "ok", result


def run_due(now=None, names=None, force=False):
    """Run the registered jobs (or those named) that are due; returns {name: (outcome, result)}."""
    now = now or timezone.now()
    selected = [_jobs[name] for name in names] if names else list(_jobs.values())
    return {job.name: run(job, now, force) for job in selected}
