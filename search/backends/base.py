"""What a search engine must provide, whichever one answers: the database or a cluster.

An engine answers the whole query: matching, filters, access rules, facet counts, the total and
the snippets, so that the search page, the API, suggestions and "Meinten Sie …?" behave the same
whatever answers them. The database index (`search.SearchEntry` and its text, written by
`search.indexing`) is kept in every deployment: it is the database engine's index, the source
of a cluster's documents and the fallback when the cluster is down.
"""

from abc import ABC, abstractmethod

# The result types the database engine defined first; every engine returns them.
from ..engine import FACET_ORDER, FacetValue, Filters, Hit, Outcome

__all__ = [
    "FACET_ORDER",
    "EngineUnavailable",
    "FacetValue",
    "Filters",
    "Hit",
    "Outcome",
    "SearchBackend",
]


class EngineUnavailable(Exception):
    """The engine did not answer in time or refused the request: the database answers instead."""


class SearchBackend(ABC):
    """One search engine. Methods that talk to a server raise `EngineUnavailable` on failure."""

    #: Short English name, shown by /readyz and the management commands.
    name = ""

    @abstractmethod
    def search(self, query, filters, user, sort="relevanz", offset=0, limit=10) -> Outcome:
        """Hits `offset` to `offset + limit` of what `user` may read, with total and facets.

        `query` is the visitor's text ("" browses), `filters` a validated `Filters`, `sort`
        "relevanz" or "neueste". Snippets are escaped HTML with the matches in `<mark>`.
        """

    def ranked_ids(self, query, filters, user, limit) -> list[int]:
        """Ids of the best `limit` matches, best first, for a listing that shows its own cards.

        Engines that can skip the hits' text and the facets override this.
        """
        return [hit.page_id for hit in self.search(query, filters, user, "relevanz", 0, limit).hits]

    @abstractmethod
    def suggest(self, prefix, user, limit=6) -> list[tuple[str, str, str]]:
        """(title, URL, kind) of readable pages whose title has words starting as typed."""

    @abstractmethod
    def did_you_mean(self, query) -> str:
        """A corrected query, from the words of public pages only; "" when none is better."""

    def update(self, page_ids) -> None:  # noqa: B027 - the database engine needs nothing
        """Make the engine's copy of these pages match the database index (add, replace, drop)."""

    def rebuild(self, progress=None) -> int:
        """Build the engine's index afresh from the database index; returns the pages indexed."""
        return 0

    def synonyms_changed(self) -> None:  # noqa: B027 - the database engine reads them itself
        """Apply the editors' changed synonym groups, without indexing the pages again."""

    def check(self) -> None:  # noqa: B027 - the database is checked by /readyz itself
        """Raise `EngineUnavailable` unless the engine answers now."""

    def close(self) -> None:  # noqa: B027 - nothing to close for the database
        """Release the client's connections (when settings change, in tests)."""
