"""The embedded default: the site's own index in SQLite (FTS5) or PostgreSQL (tsvector).

A thin adapter: the search itself lives in `search.engine`, the index in `search.indexing`.
"""

from .. import engine
from .base import SearchBackend


class DatabaseBackend(SearchBackend):
    name = "database"

    def search(self, query, filters, user, sort="relevanz", offset=0, limit=10):
        return engine.run(query, filters, user, sort, offset, limit)

    def ranked_ids(self, query, filters, user, limit):
        return engine.ranked_ids(query, filters, user, limit)

    def suggest(self, prefix, user, limit=6):
        return engine.suggest_titles(prefix, user, limit=limit)

    def did_you_mean(self, query):
        return engine.did_you_mean(query)
