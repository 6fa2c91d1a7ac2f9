"""Elasticsearch 8.x with the official `elasticsearch` client: the OpenSearch backend's index,
documents and queries (`schema`, `query`), only the client differs.

The German analysis needs Elasticsearch's `analysis-common` module (stemmer, normalisation,
decompounder, synonyms), which every regular Elasticsearch distribution contains.
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

    def client_with(self, timeout):
        return self.client if timeout is None else self.client.options(request_timeout=timeout)

    def timeout_arguments(self, timeout):
        return {}
