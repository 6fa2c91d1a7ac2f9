# ruff: noqa: S608 - SQL is assembled from fixed fragments; every value is a bound parameter.
"""What each process keeps of the search index in memory, per index version.

A search must count its matches and their facet values and pick the top hits among those the
visitor may see, whatever the number of matches. Sets of pages are held as bit masks (Python
integers, bit n set: page n is in the set), so that narrowing, counting and facet counts are a
few AND and popcount operations instead of work per match:

- per facet value (`typ=projekt`, `thema=bildung`, ...) the pages that have it;
- the pages in the order "newest first" and each page's place in it, each page's type;
- the pages that expire, with their time (checked at every search); per restricted section the
  pages under it (loaded when a visitor who may not read it first searches);
- per index term the pages holding it and its weight in each (`postings`: loaded on first use,
  the most recently used kept within a memory budget), so that frequent words cost no database
  work after their first search.

The snapshot follows the index through `IndexState.token`, which every index write changes in
the same transaction: a process loads a new snapshot when it sees a token it has not loaded.
Snapshots are replaced whole, never changed in place (the term cache has its own lock).
"""

import re
import threading
from array import array
from collections import OrderedDict, defaultdict
from dataclasses import dataclass, field
from datetime import UTC
from itertools import repeat

from django.utils.dateparse import parse_datetime

from .models import SearchPosting
from .sql import one_of

# Bytes of term masks a process keeps (per snapshot): at 100,000 pages a mask is 12.5 kB.
TERM_CACHE_BYTES = 24 * 1024 * 1024
NONZERO = re.compile(rb"[^\x00]")


def mask_of(page_ids):
    """An integer with bit n set for every page id n (built in a bytearray: linear time)."""
    if not page_ids:
        return 0
    bits = bytearray((max(page_ids) >> 3) + 1)
    for page_id in page_ids:
        bits[page_id >> 3] |= 1 << (page_id & 7)
    return int.from_bytes(bits, "little")


def members(mask):
    """The page ids of a mask, ascending; fast for sparse masks (zero bytes skipped in C)."""
    data = mask.to_bytes((mask.bit_length() + 7) >> 3, "little")
    result = []
    for match in NONZERO.finditer(data):
        position = match.start()
        byte = data[position]
        base = position << 3
        for bit in range(8):
            if byte >> bit & 1:
                result.append(base + bit)
    return result


class Postings:
    """The pages holding one term and its weight (impact) in each, as a process keeps them.

    `mask` for matching and counting; `impacts(page_ids)` the term's impact in each of the
    pages (0: not there), from an array indexed by page id when the term is in many pages (two
    bytes a page), from a dict when it is in few. Page ids must be those of entries of the
    snapshot the postings belong to.
    """

    __slots__ = ("mask", "_array", "_dict", "size")

    def __init__(self, rows, pages):
        self.mask = mask_of([page_id for page_id, _impact in rows])
        self._array = self._dict = None
        if len(rows) * 50 > pages:
            impacts = array("H", bytes(2 * max(pages, self.mask.bit_length())))
            for page_id, impact in rows:
                impacts[page_id] = impact
            self._array = impacts
            self.size = len(impacts) * 2 + len(rows) // 8
        else:
            self._dict = dict(rows)
            self.size = len(rows) * 100

    def impacts(self, page_ids):
        if self._array is not None:
            return list(map(self._array.__getitem__, page_ids))
        return list(map(self._dict.get, page_ids, repeat(0)))

    def __len__(self):
        return self.mask.bit_count()


def _size(value):
    if isinstance(value, Postings):
        return value.size + 64
    return value.bit_length() // 8 + 64


class Membership:
    """Fast `page_id in mask` for many lookups in one mask (its bytes, indexed directly)."""

    __slots__ = ("_data", "_size")

    def __init__(self, mask):
        self._data = mask.to_bytes((mask.bit_length() + 7) >> 3, "little")
        self._size = len(self._data)

    def __contains__(self, page_id):
        index = page_id >> 3
        return index < self._size and self._data[index] >> (page_id & 7) & 1 == 1


@dataclass
class Snapshot:
    token: str | None
    masks: dict  # facet code -> mask
    total: int  # number of entries
    everything: int  # mask of all entries
    newest: array  # page ids, newest first (publication time, then page id)
    position: array  # page id -> its place in `newest` (-1: no entry)
    kinds: list  # kind names; kind_of holds indexes into it
    kind_of: bytearray  # page id -> index of its kind in `kinds`
    expiring: tuple  # (page id, expire_at) of entries with an expiry time
    _sections: dict = field(default_factory=dict)
    _titles: object = None
    _terms: OrderedDict = field(default_factory=OrderedDict)
    _term_bytes: int = 0
    _lock: threading.Lock = field(default_factory=threading.Lock)

    # --- Sets of pages -----------------------------------------------------------------------

    def visible(self, hidden_paths, now, cursor):
        """Mask of the entries a visitor with these hidden sections may see at `now`."""
        mask = self.everything
        for page_id, expire_at in self.expiring:
            if expire_at <= now:
                mask &= ~(1 << page_id)
        for path in hidden_paths:
            mask &= ~self.section(path, cursor)
        return mask

    def section(self, path, cursor):
        """Mask of the entries under `path` (a restricted section), loaded once per snapshot."""
        mask = self._sections.get(path)
        if mask is None:
            cursor.execute(
                "SELECT page_id FROM search_searchentry WHERE substr(path, 1, %s) = %s",
                [len(path), path],
            )
            mask = mask_of([row[0] for row in cursor.fetchall()])
            with self._lock:
                if len(self._sections) > 256:  # sections come from editors: few; stay bounded
                    self._sections.clear()
                self._sections[path] = mask
        return mask

    def titles(self, cursor):
        """The `search.titles.Titles` of the entries (autocomplete), loaded on first use."""
        if self._titles is None:
            from . import titles

            self._titles = titles.load(cursor, self.newest)
        return self._titles

    def facet(self, code):
        return self.masks.get(code, 0)

    def postings(self, terms, cursor):
        """{term: its `Postings`}; loaded in one query for the terms not cached."""
        found, missing = {}, []
        with self._lock:
            for term in terms:
                postings = self._terms.get(term)
                if postings is None:
                    missing.append(term)
                else:
                    self._terms.move_to_end(term)
                    found[term] = postings
        if missing:
            loaded = defaultdict(list)
            for start in range(0, len(missing), 500):
                condition, params = one_of("term", missing[start : start + 500])
                cursor.execute(
                    f"SELECT term, page_id, impact FROM {SearchPosting._meta.db_table} "
                    f"WHERE {condition}",
                    params,
                )
                for term, page_id, impact in cursor.fetchall():
                    loaded[term].append((page_id, impact))
            size = len(self.position)
            for term in missing:
                found[term] = Postings(loaded.get(term, ()), size)
            self._remember(found, missing)
        return found

    def cached(self, key, load):
        """A value cached under `key` (e.g. the mask of a phrase), `load()` computing it."""
        with self._lock:
            mask = self._terms.get(key)
            if mask is not None:
                self._terms.move_to_end(key)
                return mask
        mask = load()
        self._remember({key: mask}, [key])
        return mask

    def _remember(self, masks, keys):
        with self._lock:
            for key in keys:
                if key in self._terms:
                    continue
                value = masks[key]
                self._terms[key] = value
                self._term_bytes += _size(value)
            while self._term_bytes > TERM_CACHE_BYTES and len(self._terms) > 1:
                _key, value = self._terms.popitem(last=False)
                self._term_bytes -= _size(value)

    # --- Counting and ordering ---------------------------------------------------------------

    def count(self, mask):
        """{facet code: number of pages of `mask` with it}."""
        counts = {}
        if not mask:
            return counts
        for code, values in self.masks.items():
            if n := (values & mask).bit_count():
                counts[code] = n
        return counts

    def newest_of(self, mask, limit):
        """The first `limit` page ids of `mask` in the order newest first."""
        if limit <= 0 or not mask:
            return []
        size = mask.bit_count()
        if size * 8 < len(self.newest):
            # Few pages: sort them by their place instead of walking the whole order.
            position = self.position
            return sorted(members(mask), key=position.__getitem__)[:limit]
        inside = Membership(mask)
        result = []
        for page_id in self.newest:
            if page_id in inside:
                result.append(page_id)
                if len(result) == limit:
                    break
        return result

    def kind_index(self, page_id):
        return self.kind_of[page_id] if page_id < len(self.kind_of) else 0


EMPTY = Snapshot(None, {}, 0, 0, array("i"), array("i"), [""], bytearray(), ())

# The snapshot of the index state this process loaded last.
_loaded = EMPTY


def current(cursor):
    """The snapshot of the index as it is now; loaded again when the index changed."""
    global _loaded
    cursor.execute("SELECT token FROM search_indexstate WHERE id = 1")
    row = cursor.fetchone()
    token = row[0] if row else None
    if token is not None and _loaded.token == token:
        return _loaded
    snapshot = load(cursor, token)
    if token is not None:
        _loaded = snapshot
    return snapshot


def _aware(value):
    """A datetime as the database cursor gave it (SQLite: naive UTC, maybe a string), aware."""
    if isinstance(value, str):
        value = parse_datetime(value)
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def load(cursor, token):
    cursor.execute("SELECT page_id, kind, sort_key, facet_codes, expire_at FROM search_searchentry")
    rows = cursor.fetchall()
    codes = defaultdict(list)
    kinds = {"": 0}
    top = 0
    expiring = []
    for page_id, kind, _sort_key, facet_codes, expire_at in rows:
        for code in facet_codes.split():
            codes[code].append(page_id)
        kinds.setdefault(kind, len(kinds))
        top = max(top, page_id)
        if expire_at is not None:
            expiring.append((page_id, _aware(expire_at)))
    newest = array("i", (row[0] for row in sorted(rows, key=lambda r: (-r[2], -r[0]))))
    position = array("i", [-1]) * (top + 1)
    for place, page_id in enumerate(newest):
        position[page_id] = place
    kind_of = bytearray(top + 1)
    for page_id, kind, *_rest in rows:
        kind_of[page_id] = kinds[kind]
    return Snapshot(
        token=token,
        masks={code: mask_of(ids) for code, ids in codes.items()},
        total=len(rows),
        everything=mask_of([row[0] for row in rows]),
        newest=newest,
        position=position,
        kinds=list(kinds),
        kind_of=kind_of,
        expiring=tuple(expiring),
    )
