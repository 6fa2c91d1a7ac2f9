# ruff: noqa: S608 - SQL is assembled from fixed fragments; every value is a bound parameter.
"""Autocomplete over the titles of the whole index in a few milliseconds, on both databases.

The analysed title terms of every entry, newest first, are kept as one string per process
snapshot (`search.snapshot`): "\\n term term …" per entry. The first letters typed are found with
`str.find` (C speed, a few megabytes at 100,000 pages), so a prefix that most titles share stops
after the first few newest entries, and a rare one costs one pass over the string; no database
sorts thousands of matches by date.
"""

from array import array
from bisect import bisect_right

from .indexing import FTS_TABLE
from .sql import is_postgres


class Titles:
    def __init__(self, rows, order):
        """`rows`: (page id, title terms separated by spaces); `order`: page ids newest first."""
        terms = dict(rows)
        parts, starts, ids = [], array("i"), array("i")
        offset = 0
        for page_id in order:
            text = f"\n {terms.get(page_id, '')} "
            parts.append(text)
            starts.append(offset)
            ids.append(page_id)
            offset += len(text)
        self.text = "".join(parts)
        self.starts = starts
        self.ids = ids
        self.size = len(self.text) + 8 * len(ids)

    def find(self, words, prefix, accept, limit):
        """Page ids, newest first, whose title has every term of `words` and a term starting
        with `prefix`, for which `accept(page_id)` holds; at most `limit`."""
        text, starts, ids = self.text, self.starts, self.ids
        needle = " " + prefix
        wanted = [f" {word} " for word in words]
        found = []
        position = text.find(needle)
        while position >= 0 and len(found) < limit:
            index = bisect_right(starts, position) - 1
            end = starts[index + 1] if index + 1 < len(starts) else len(text)
            page_id = ids[index]
            if accept(page_id) and all(word in text[starts[index] : end] for word in wanted):
                found.append(page_id)
            position = text.find(needle, end)
        return found


def load(cursor, order):
    """The `Titles` of the index, in the given order (page ids newest first)."""
    if is_postgres():
        cursor.execute(
            "SELECT page_id, array_to_string(tsvector_to_array("
            "ts_filter(search_vector, '{a}')), ' ') FROM search_searchentry"
        )
    else:
        cursor.execute(f"SELECT rowid, title FROM {FTS_TABLE}")
    return Titles(cursor.fetchall(), order)
