# ruff: noqa: S608 - SQL is assembled from fixed fragments; every value is a bound parameter.
"""Autocomplete over the titles of the whole index in a few milliseconds, on both databases.

The analysed title terms of every entry, newest first, are kept as one string per process
snapshot (`search.snapshot`): "\\n term term …" per entry. The first letters typed are found with
`str.find` (C speed, a few megabytes at 100,000 pages), so a prefix that most titles share stops
after the first few newest entries, and a rare one costs one pass over the string; no database
sorts thousands of matches by date. Pages changed since the string was built are kept apart
(`recent`) until there are many of them.
"""

from array import array
from bisect import bisect_right

from .indexing import FTS_TABLE
from .sql import is_postgres

# Changed pages kept apart at most; beyond, the string is built again on the next suggestion.
MAX_RECENT = 2000


class Titles:
    def __init__(self, rows, order, stale=frozenset(), recent=None):
        """`rows`: (page id, title terms separated by spaces); `order`: page ids newest first.
        `stale`: pages whose text in the string is outdated; `recent`: {page id: " terms "} of
        changed pages as they are now."""
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
        self.stale = stale
        self.recent = recent or {}

    def find(self, words, prefix, accept, limit, newer):
        """Page ids, newest first (`newer` gives the sort key of a page), whose title has every
        term of `words` and a term starting with `prefix`, for which `accept(page_id)` holds;
        at most `limit`."""
        text, starts, ids, stale = self.text, self.starts, self.ids, self.stale
        needle = " " + prefix
        wanted = [f" {word} " for word in words]
        found = []
        position = text.find(needle)
        while position >= 0 and len(found) < limit:
            index = bisect_right(starts, position) - 1
            end = starts[index + 1] if index + 1 < len(starts) else len(text)
            page_id = ids[index]
            if (
                page_id not in stale
                and accept(page_id)
                and all(word in text[starts[index] : end] for word in wanted)
            ):
                found.append(page_id)
            position = text.find(needle, end)
        if self.recent:
            found += [
                page_id
                for page_id, terms in self.recent.items()
                if needle in terms and all(word in terms for word in wanted) and accept(page_id)
            ]
            found = sorted(found, key=newer, reverse=True)[:limit]
        return found

    def patched(self, cursor, changed, present, snapshot):
        """These titles after the `changed` pages were written (those `present`) or removed;
        None when so many changed that building them again is better."""
        if len(self.recent) + len(changed) > MAX_RECENT:
            return None
        recent = {pk: terms for pk, terms in self.recent.items() if pk not in changed}
        recent.update((pk, f" {terms} ") for pk, terms in _title_terms(cursor, present))
        copy = object.__new__(Titles)
        copy.text, copy.starts, copy.ids = self.text, self.starts, self.ids
        copy.stale = self.stale | frozenset(changed)
        copy.recent = recent
        return copy


def _title_terms(cursor, page_ids=None):
    """(page id, its title terms separated by spaces) of the given entries, or of all."""
    if page_ids is not None and not page_ids:
        return []
    if is_postgres():
        sql = (
            "SELECT page_id, array_to_string(tsvector_to_array("
            "ts_filter(search_vector, '{a}')), ' ') FROM search_searchentry"
        )
        column = "page_id"
    else:
        sql, column = f"SELECT rowid, title FROM {FTS_TABLE}", "rowid"
    if page_ids is None:
        cursor.execute(sql)
    else:
        cursor.execute(
            f"{sql} WHERE {column} IN ({','.join(['%s'] * len(page_ids))})", list(page_ids)
        )
    return cursor.fetchall()


def load(cursor, order):
    """The `Titles` of the index, in the given order (page ids newest first)."""
    return Titles(_title_terms(cursor), order)
