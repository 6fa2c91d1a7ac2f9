"""Keeps a search cluster in step with the database index, off the request path, with retries.

Every write to the database index (`search.indexing.entries_changed`) notes its page ids in
the queue table `EngineUpdate`, in the same transaction: no change is lost, whether the
cluster answers or not. After the commit a background thread of the process sends the queued
pages (the current state of each entry, or a delete when there is none) and removes what it
sent. When the cluster fails, the rows stay and are retried after 2, 4, 8 … up to 300 s.
The periodic job `search.sync_engine` (`manage.py run_jobs`) sends what is due as well, and
`manage.py sync_search_engine` sends everything at once (after an outage) or with `--watch`.

Row 0 of the queue stands for a change of the editors' synonyms (see `synonyms_changed`).

With ``SEARCH_ENGINE["SYNC"] = "immediate"`` (the tests) the pages go to the cluster at once,
in the caller's thread; if that fails they are queued like any other change.
"""

import logging
import threading
import uuid
from datetime import timedelta

from django.db import connections, transaction
from django.utils import timezone

from . import EngineUnavailable, engine, uses_cluster

logger = logging.getLogger(__name__)

SYNONYMS = 0  # the queue row that asks for new synonym rules, not a page
BATCH = 500
MAX_DELAY = 300  # seconds between retries at most


def pages_changed(sender=None, page_ids=(), **kwargs):
    """Receiver of `search.indexing.entries_changed`: pass the pages on to the cluster."""
    if page_ids and uses_cluster():
        _hand_over(list(page_ids), lambda backend: backend.update(page_ids))


def synonyms_changed(**kwargs):
    """Receiver of Synonym saves and deletes: new rules for the cluster's search analyzer."""
    if uses_cluster():
        _hand_over([SYNONYMS], lambda backend: backend.synonyms_changed())


def _hand_over(ids, send):
    backend = engine()
    if backend.sync_mode == "immediate":
        try:
            if backend.rebuilding():
                queue(ids)  # the rebuild sends them to the new index after the swap
                return
            send(backend)
        except EngineUnavailable as error:
            # Kept for `drain()` (the command or the next rebuild); no thread in this mode.
            logger.warning("Suchmaschine nicht erreichbar, Änderung wird nachgeholt: %s", error)
            queue(ids)
        return
    queue(ids)
    transaction.on_commit(worker.wake)


def queue(ids):
    from ..models import EngineUpdate

    now = timezone.now()
    EngineUpdate.objects.bulk_create(
        [
            EngineUpdate(page_id=pk, token=uuid.uuid4(), queued_at=now, retry_at=now)
            for pk in dict.fromkeys(ids)
        ],
        batch_size=BATCH,
        update_conflicts=True,
        unique_fields=["page_id"],
        update_fields=["token", "queued_at", "retry_at", "attempts", "error"],
    )


def drain(backend=None, ignore_rebuild=False, everything=False):
    """Send the queued changes that are due; returns (sent, still queued, seconds to next try).

    While a rebuild fills a new index the queue waits: the rebuild drains it after the swap.
    `everything` also sends rows whose retry time has not come yet.
    """
    from ..models import EngineUpdate

    backend = backend or engine()
    if not uses_cluster():
        return 0, 0, None
    sent = 0
    try:
        if not ignore_rebuild and backend.rebuilding():
            return 0, EngineUpdate.objects.count(), 5.0
    except EngineUnavailable as error:
        return 0, _postpone(EngineUpdate.objects.all(), error), _next_try()
    while True:
        due = EngineUpdate.objects.order_by("page_id")
        if not everything:
            due = due.filter(retry_at__lte=timezone.now())
        rows = list(due.values_list("page_id", "token", "attempts")[:BATCH])
        if not rows:
            break
        ids = [pk for pk, _token, _attempts in rows]
        try:
            if ids[0] == SYNONYMS:
                backend.synonyms_changed()
            pages = [pk for pk in ids if pk != SYNONYMS]
            if pages:
                backend.update(pages)
        except EngineUnavailable as error:
            _postpone(EngineUpdate.objects.filter(page_id__in=ids), error)
            break
        # A page changed again meanwhile has a new token: it stays for the next round.
        EngineUpdate.objects.filter(token__in=[token for _pk, token, _a in rows]).delete()
        sent += len(ids)
    return sent, EngineUpdate.objects.count(), _next_try()


def periodic(now):
    """The job `search.sync_engine` (manage.py run_jobs): send every due change."""
    sent, left, _next = drain()
    return {"gesendet": sent, "ausstehend": left}


def _postpone(rows, error):
    """Count the failed attempt and set the next try, later after each failure."""
    from django.db.models import F, Max

    logger.warning("Suchmaschine nicht erreichbar, neuer Versuch später: %s", error)
    attempts = rows.aggregate(most=Max("attempts"))["most"] or 0
    delay = min(MAX_DELAY, 2 ** (attempts + 1))
    return rows.update(
        attempts=F("attempts") + 1,
        retry_at=timezone.now() + timedelta(seconds=delay),
        error=str(error)[:300],
    )


def _next_try():
    from ..models import EngineUpdate

    first = EngineUpdate.objects.order_by("retry_at").values_list("retry_at", flat=True).first()
    if first is None:
        return None
    return max(0.5, (first - timezone.now()).total_seconds())


class Worker:
    """One daemon thread per process that drains the queue when woken or when a retry is due."""

    def __init__(self):
        self._event = threading.Event()
        self._lock = threading.Lock()
        self._thread = None

    def wake(self):
        with self._lock:
            if self._thread is None or not self._thread.is_alive():
                self._thread = threading.Thread(
                    target=self._run, name="search-engine-sync", daemon=True
                )
                self._thread.start()
        self._event.set()

    def _run(self):
        delay = None
        while True:
            self._event.wait(timeout=delay)
            self._event.clear()
            try:
                _sent, _left, delay = drain()
            except Exception:
                logger.exception("Abgleich mit der Suchmaschine fehlgeschlagen")
                delay = MAX_DELAY
            finally:
                connections.close_all()  # this thread's connections only


worker = Worker()
