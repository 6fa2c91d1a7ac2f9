"""Elasticsearch as the ranking engine when ELASTICSEARCH_URL is set.

Wagtail's elasticsearch8 backend (INDEX_PREFIX from the settings) ranks the pages; access,
filters and facets still come from the database index (`SearchEntry`), so visibility rules are
the same whichever engine ranks. When the cluster cannot be reached, `service.run_engine` logs
a warning and the database engine answers instead.
"""

import elastic_transport
import elasticsearch
from wagtail.models import Page
from wagtail.search.backends import get_search_backend

from . import engine
from .analysis import query_groups

UNAVAILABLE = (
    elastic_transport.TransportError,
    elasticsearch.ApiError,
    elasticsearch.TransportError,
    ConnectionError,
    OSError,
)
MAX_RANKED = 500


def ranked_page_ids(query):
    """Page ids in Elasticsearch's order for an OR query (each word may match)."""
    backend = get_search_backend("default")
    results = backend.search(query, Page.objects.live(), operator="or")
    return [page.pk for page in results[:MAX_RANKED]]


def run(query, filters, user, sort, offset, limit):
    cleaned = engine.clean_text(query)
    if not query_groups(cleaned):
        return engine.Outcome(0, [], {name: [] for name in engine.FACET_ORDER}, set(), [])
    ids = ranked_page_ids(cleaned)
    return engine.run(query, filters, user, sort, offset, limit, ranked_ids=ids)
