"""Elasticsearch 8.x with the official `elasticsearch` client: the OpenSearch backend's index,
documents and queries (`schema`, `query`), only the client differs.

The German analysis needs Elasticsearch's `analysis-common` module (stemmer, normalisation,
decompounder, synonyms), which every regular Elasticsearch distribution contains. One word of
the query language differs: an ordered interval is `"ordered": true` there, `"mode": "ordered"`
in OpenSearch (whose `ordered` is deprecated and gone in 3.x).
"""

from .opensearch import OpenSearchBackend


class ElasticsearchBackend(OpenSearchBackend):
    name = "elasticsearch"

    @property
    def errors(self):
        import elastic_transport
        import elasticsearch

        return (
            elasticsearch.ApiError,
            elasticsearch.TransportError,
            elastic_transport.TransportError,
        )

    def connect(self):
        from elasticsearch import Elasticsearch

        return Elasticsearch(
            hosts=self.urls, request_timeout=self.timeout, max_retries=1, retry_on_timeout=False
        )

    def multi_search(self, bodies):
        return super().multi_search(dialect(bodies))

    def client_with(self, timeout):
        return self.client if timeout is None else self.client.options(request_timeout=timeout)

    def timeout_arguments(self, timeout):
        return {}


def dialect(clause):
    """`clause` (a request body or any part of it) in Elasticsearch's words."""
    if isinstance(clause, list):
        return [dialect(item) for item in clause]
    if not isinstance(clause, dict):
        return clause
    found = {key: dialect(value) for key, value in clause.items()}
    if found.get("mode") == "ordered" and "query" in found:
        del found["mode"]
        found["ordered"] = True
    return found
