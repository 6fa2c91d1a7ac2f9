"""OpenSearch (2.x) answering the whole search: match, filters, access, facets, snippets.

The index is versioned behind an alias: ``<prefix>pages`` points at ``<prefix>pages_<time>``.
`rebuild` fills a new index with bulk requests (no refresh, no replicas while it fills), then
moves the alias in one atomic request and drops the old index: a half-built index never answers.
Page changes reach the cluster through `search.backends.sync` (off the request path, retried);
while a rebuild runs they wait in the queue and are sent to the new index after the swap.

Wagtail's own search library (modelsearch) has OpenSearch backends, but they index model
instances per root model with mappings derived from `search_fields`, query through Django
querysets and know neither aggregations, highlighting, geo filters nor access paths. The site
search indexes its own denormalised documents (`schema.documents`) and needs all of those, so
only the client comes from outside; the index lifecycle here is small (create, bulk, swap).

The Elasticsearch variant (`search.backends.elasticsearch`) differs only in its client.
"""

import datetime
import json
import logging
import threading
from collections import deque
from concurrent.futures import ThreadPoolExecutor

from . import query, schema
from .base import EngineUnavailable, SearchBackend

logger = logging.getLogger(__name__)

BATCH = 500
POOL_SIZE = 8
# A rebuild that has not finished after this long is taken for dead: its index is dropped by
# the next rebuild and no longer holds back the queue.
REBUILD_STALE = datetime.timedelta(hours=6)
TIME_FORMAT = "%Y%m%d%H%M%S%f"


class OpenSearchBackend(SearchBackend):
    name = "opensearch"

    def __init__(self, params):
        self.urls = list(params.get("URLS") or ["http://127.0.0.1:9200"])
        self.prefix = params.get("INDEX_PREFIX", "famnrw_")
        self.timeout = float(params.get("TIMEOUT", 2))
        self.bulk_timeout = float(params.get("BULK_TIMEOUT", 120))
        self.bulk_workers = max(1, int(params.get("BULK_WORKERS", 2)))
        self.shards = int(params.get("SHARDS", 1))
        self.replicas = params.get("REPLICAS", "0-1")
        # Tests: every write is searchable at once (production: within the refresh interval).
        self.refresh = bool(params.get("REFRESH", False))
        self.sync_mode = params.get("SYNC", "background")
        self.alias = f"{self.prefix}pages"
        self.building_alias = f"{self.prefix}pages_building"
        self._client = None
        self._lock = threading.Lock()
        self._index_ready = False

    # --- Client ---------------------------------------------------------------------------

    @property
    def errors(self):
        from opensearchpy.exceptions import OpenSearchException

        return (OpenSearchException,)

    def connect(self):
        from opensearchpy import OpenSearch

        return OpenSearch(
            hosts=self.urls,
            timeout=self.timeout,
            max_retries=1,
            retry_on_timeout=False,
            # Connections kept per node: the threads of a worker and the rebuild's senders.
            pool_maxsize=POOL_SIZE,
        )

    @property
    def client(self):
        """One client per process: it keeps its connections (and knows which node is dead)."""
        if self._client is None:
            with self._lock:
                if self._client is None:
                    self._client = self.connect()
        return self._client

    def close(self):
        if self._client is not None:
            self._client.close()
            self._client = None

    def call(self, api, timeout=None, **kwargs):
        """`api` of the client ("search", "indices.create", ...); any failure is unavailability.

        `timeout` (seconds) replaces the client's default for this request.
        """
        target = self.client_with(timeout)
        for part in api.split("."):
            target = getattr(target, part)
        try:
            return target(**kwargs, **self.timeout_arguments(timeout))
        except self.errors as error:
            raise EngineUnavailable(f"{api}: {_describe(error)}") from error

    # opensearch-py takes a timeout per call; the Elasticsearch client through `options()`.
    def client_with(self, timeout):
        return self.client

    def timeout_arguments(self, timeout):
        return {} if timeout is None else {"request_timeout": timeout}

    def check(self):
        health = self.call("cluster.health", index=self.alias, timeout=self.timeout)
        if health["status"] == "red":
            raise EngineUnavailable(f"cluster {health['cluster_name']} is red")

    # --- Index lifecycle ----------------------------------------------------------------------

    def index_name(self, now=None):
        stamp = (now or datetime.datetime.now(datetime.UTC)).strftime(TIME_FORMAT)
        return f"{self.alias}_{stamp}"

    def create_index(self, name, building=False):
        body = schema.index_body(self.shards, self.replicas, building=building)
        self.call("indices.create", index=name, body=body, timeout=self.bulk_timeout)

    def ensure_index(self):
        """Create the first index behind the alias if there is none (a fresh cluster); add
        fields that a newer release maps to an index built before it (its pages get them as
        they change, all of them with `rebuild_search_index`; until then the ranking reads a
        missing field as neutral)."""
        if self._index_ready:
            return
        if not self.call("indices.exists_alias", name=self.alias):
            name = self.index_name()
            self.create_index(name)
            self.call(
                "indices.update_aliases",
                body={"actions": [{"add": {"index": name, "alias": self.alias}}]},
            )
        else:
            self.call("indices.put_mapping", index=self.alias, body=schema.mappings())
        self._index_ready = True

    def live_indexes(self):
        return self._aliased(self.alias)

    def _aliased(self, alias):
        if not self.call("indices.exists_alias", name=alias):
            return []
        return sorted(self.call("indices.get_alias", name=alias))

    def rebuilding(self):
        """Is a rebuild filling a new index now (and not long dead)?"""
        for name in self._aliased(self.building_alias):
            started = _index_time(name, self.alias)
            if started and datetime.datetime.now(datetime.UTC) - started < REBUILD_STALE:
                return True
        return False

    def rebuild(self, progress=None):
        """A new index from the whole database index, then the alias moves to it at once."""
        from ..models import SearchEntry
        from . import sync

        name = self.index_name()
        self._drop_abandoned_builds()
        # Filling is faster without refreshes and replicas; both are set before the swap.
        self.create_index(name, building=True)
        self.call(
            "indices.update_aliases",
            body={"actions": [{"add": {"index": name, "alias": self.building_alias}}]},
        )
        count = 0
        ids = SearchEntry.objects.order_by("page_id").values_list("page_id", flat=True)
        # A few bulk requests in flight (each is analysed on one core of the node) while the
        # next batch is read from the database.
        with ThreadPoolExecutor(max_workers=self.bulk_workers) as sender:
            pending, last = deque(), 0
            while True:
                batch = list(ids.filter(page_id__gt=last)[:BATCH])
                if not batch:
                    break
                last = batch[-1]
                actions = _index_actions(schema.documents(batch).values())
                if len(pending) >= self.bulk_workers:
                    pending.popleft().result()
                pending.append(sender.submit(self._bulk, actions, name, self.bulk_timeout, False))
                count += len(batch)
                if progress:
                    progress(count)
            for future in pending:
                future.result()
        self._finish_build(name)
        # Changes made while the new index filled waited in the queue: send them now.
        sync.drain(backend=self, ignore_rebuild=True)
        return count

    def _finish_build(self, name):
        settings = schema.live_settings(self.replicas)
        self.call("indices.put_settings", index=name, body={"index": settings})
        self.call("indices.refresh", index=name)
        self.call("indices.forcemerge", index=name, max_num_segments=1, timeout=self.bulk_timeout)
        old = self.live_indexes()
        actions = [{"remove": {"index": index, "alias": self.alias}} for index in old]
        actions += [
            {"add": {"index": name, "alias": self.alias}},
            {"remove": {"index": name, "alias": self.building_alias}},
        ]
        self.call("indices.update_aliases", body={"actions": actions})
        for index in old:
            self.call("indices.delete", index=index, ignore_unavailable=True)
        self._index_ready = True

    def _drop_abandoned_builds(self):
        for index in self._aliased(self.building_alias):
            logger.warning("Suchindex %s eines abgebrochenen Neuaufbaus entfernt", index)
            self.call("indices.delete", index=index, ignore_unavailable=True)

    def drop(self):
        """Delete every index of this prefix (tests, or a cluster to be emptied)."""
        names = self.call("indices.get", index=f"{self.alias}_*", ignore_unavailable=True)
        for index in names:
            self.call("indices.delete", index=index, ignore_unavailable=True)
        self._index_ready = False

    # --- Page updates --------------------------------------------------------------------------

    def update(self, page_ids):
        """Send the current state of these pages' index entries; pages without one are dropped."""
        page_ids = list(dict.fromkeys(page_ids))
        if not page_ids:
            return
        self.ensure_index()
        for start in range(0, len(page_ids), BATCH):
            chunk = page_ids[start : start + BATCH]
            documents = schema.documents(chunk)
            actions = _index_actions(documents.values())
            actions += [{"delete": {"_id": str(pk)}} for pk in chunk if pk not in documents]
            self._bulk(actions, self.alias, self.bulk_timeout, self.refresh)

    def _bulk(self, actions, index, timeout, refresh):
        if not actions:
            return
        lines = []
        for action in actions:
            document = action.pop("_document", None)
            lines.append(json.dumps(action))
            if document is not None:
                lines.append(json.dumps(document, ensure_ascii=False))
        result = self.call(
            "bulk",
            body="\n".join(lines) + "\n",
            index=index,
            refresh="true" if refresh else "false",
            timeout=timeout,
        )
        if result.get("errors"):
            failed = [
                item
                for item in (next(iter(entry.values())) for entry in result["items"])
                if item.get("status", 200) >= 300
                and not (item.get("status") == 404 and item.get("result") == "not_found")
            ]
            if failed:
                raise EngineUnavailable(f"bulk: {len(failed)} failed, first: {failed[0]}")

    # --- Synonyms ------------------------------------------------------------------------------

    def synonyms_changed(self):
        """New synonym rules for the search analyzer: close, change, reopen (no reindexing).

        The index is closed for a moment; searches meanwhile fail over to the database.
        """
        body = {"analysis": {"filter": {"german_synonyms": schema.synonym_filter()}}}
        for index in self.live_indexes():
            self.call("indices.close", index=index)
            try:
                self.call("indices.put_settings", index=index, body=body)
            finally:
                self.call("indices.open", index=index, wait_for_active_shards=1)

    # --- Querying (search.backends.query builds the requests) ---------------------------------

    def search(self, text, filters, user, sort="relevanz", offset=0, limit=10):
        from wagtail.models import Page

        from knowledge.access import viewable

        words, spelling = query.words(text), query.spelling_words(text)
        # One request: hits, total, facets, snippets and "Meinten Sie …?" (asked for whenever
        # the page may show it; the engine skips words it knows at once).
        bodies = query.search_bodies(words, filters, user, sort, offset, limit, spelling=spelling)
        response = self.multi_search(bodies)
        suggestion = query.correction(spelling, response) if spelling else ""
        if words.compounds and not response["hits"]["total"]["value"]:
            # Nothing holds the words: compound parts alone may still find something.
            response = self.multi_search(
                query.search_bodies(words, filters, user, sort, offset, limit, parts_alone=True)
            )
        # The shown hits once more against the pages themselves: the cluster's copy may lag.
        ids = query.page_ids(response)
        visible = set(viewable(Page.objects.filter(pk__in=ids), user).values_list("pk", flat=True))
        result = query.outcome(response, visible, words)
        result.suggestion = suggestion
        return result

    def multi_search(self, bodies):
        """The answers of `query.search_bodies` in one `_msearch` request, combined."""
        answer = self.call("msearch", index=self.alias, body=query.multi(bodies))
        responses = answer["responses"]
        for response in responses:
            if "error" in response:
                raise EngineUnavailable(f"msearch: {_reason(response['error'])}")
        return query.combined(responses)

    def suggest(self, prefix, user, limit=6):
        response = self.call(
            "search", index=self.alias, body=query.suggest_body(prefix, user, limit)
        )
        return query.suggestions(response)

    def did_you_mean(self, text):
        words = query.spelling_words(text)
        if not words:
            return ""
        response = self.call("search", index=self.alias, body=query.spelling_body(words))
        return query.correction(words, response)


def _index_actions(documents):
    return [{"index": {"_id": str(doc["page_id"])}, "_document": doc} for doc in documents]


def _index_time(name, alias):
    try:
        return datetime.datetime.strptime(name[len(alias) + 1 :], TIME_FORMAT).replace(
            tzinfo=datetime.UTC
        )
    except ValueError:
        return None


def _describe(error):
    info = getattr(error, "info", None) or getattr(error, "body", None)
    if isinstance(info, dict) and isinstance(info.get("error"), dict):
        return f"{type(error).__name__}: {_reason(info['error'])}"[:300]
    return f"{type(error).__name__}: {error}"[:300]


def _reason(error):
    """The first root cause of an error the engine answered with."""
    if not isinstance(error, dict):
        return str(error)[:300]
    reason = error.get("root_cause", [error])[0]
    return f"{reason.get('type')}: {reason.get('reason')}"[:300]
