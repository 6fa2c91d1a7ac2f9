# ruff: noqa: S608 - SQL is assembled from fixed fragments; every value is a bound parameter.
"""What each process keeps of the search index in memory, following every change to it.

A search must count its matches and their facet values and pick the top hits among those the
visitor may see, whatever the number of matches. Sets of pages are held as bit masks (Python
integers, bit n set: page n is in the set), so that narrowing, counting and facet counts are a
few AND and popcount operations instead of work per match:

- per facet value (`typ=projekt`, `thema=bildung`, ...) the pages that have it;
- the pages in the order "newest first", each page's publication time and type;
- the pages that expire, with their time (checked at every search); per restricted section the
  pages under it (loaded when a visitor who may not read it first searches);
- per index term the pages holding it and its weight in each (`postings`: loaded on first use,
  the most recently used kept within a memory budget), so that frequent words cost no database
  work after their first search; the title terms of all pages for suggestions (`titles`).

The snapshot follows the index through `IndexState`: its `token` changes when the index is
cleared (a process then loads everything again), its `version` with every write, which also
logs the pages it wrote or removed (`SearchChange`, in the same transaction). A process that
sees a newer version reads the pages changed since its own and patches a copy of its snapshot:
one publication costs a few milliseconds, not a reload of the whole index. Snapshots are
replaced whole, never changed in place (the term cache of one snapshot has its own lock).
"""

import re
import threading
from array import array
from bisect import bisect_left
from collections import OrderedDict, defaultdict
from dataclasses import dataclass, field, replace
from datetime import UTC
from itertools import repeat

from django.utils.dateparse import parse_datetime

from .models import SearchPosting
from .sql import one_of

# Bytes of postings a process keeps (per snapshot): at 100,000 pages a frequent term's postings
# take about 200 kB.
TERM_CACHE_BYTES = 24 * 1024 * 1024
# Vocabulary look-ups (document counts, typo variants) a snapshot keeps: about 100 bytes each.
VOCABULARY_ENTRIES = 100_000
# More changed pages than this share of the index: load everything instead of patching.
PATCH_SHARE = 0.1
NONZERO = re.compile(rb"[^\x00]")
ENTRY_COLUMNS = "page_id, kind, sort_key, facet_codes, expire_at"


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

    def __init__(self, mask, impacts):
        self.mask = mask
        self._array = impacts if isinstance(impacts, array) else None
        self._dict = impacts if isinstance(impacts, dict) else None
        if self._array is not None:
            self.size = len(impacts) * 2 + len(impacts) // 8
        else:
            self.size = len(impacts) * 100 + self.mask.bit_length() // 8

    @classmethod
    def build(cls, rows, pages):
        """From (page id, impact) rows; `pages`: the highest page id of the snapshot + 1."""
        mask = mask_of([page_id for page_id, _impact in rows])
        if len(rows) * 50 <= pages:
            return cls(mask, dict(rows))
        impacts = array("H", bytes(2 * max(pages, mask.bit_length())))
        for page_id, impact in rows:
            impacts[page_id] = impact
        return cls(mask, impacts)

    def patched(self, changed, keep, rows, pages):
        """A copy without the `changed` pages (mask `~keep`) but with their new `rows`."""
        mask = (self.mask & keep) | mask_of([page_id for page_id, _impact in rows])
        if self._dict is not None:
            impacts = {pk: impact for pk, impact in self._dict.items() if pk not in changed}
            impacts.update(rows)
            if len(impacts) * 50 <= pages:
                return Postings(mask, impacts)
            return Postings.build(list(impacts.items()), pages)
        impacts = array("H", self._array)
        if pages > len(impacts):
            impacts.extend(repeat(0, pages - len(impacts)))
        for page_id in changed:
            if page_id < len(impacts):
                impacts[page_id] = 0
        for page_id, impact in rows:
            impacts[page_id] = impact
        return Postings(mask, impacts)

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
    version: int
    masks: dict  # facet code -> mask
    total: int  # number of entries
    everything: int  # mask of all entries
    newest: array  # page ids, newest first (publication time, then page id)
    sort_key: array  # page id -> publication time (epoch seconds)
    kinds: list  # kind names; kind_of holds indexes into it
    kind_of: bytearray  # page id -> index of its kind in `kinds`
    expiring: tuple  # (page id, expire_at) of entries with an expiry time
    _sections: dict = field(default_factory=dict)
    _titles: object = None
    _terms: OrderedDict = field(default_factory=OrderedDict)
    _term_bytes: int = 0
    _lock: threading.Lock = field(default_factory=threading.Lock)
    _vocabulary: dict = field(default_factory=dict)  # term -> pages holding it (0: none)

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

    def facet(self, code):
        return self.masks.get(code, 0)

    def titles(self, cursor):
        """The `search.titles.Titles` of the entries (autocomplete), loaded on first use."""
        if self._titles is None:
            from . import titles

            self._titles = titles.load(cursor, self.newest)
        return self._titles

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
            pages = len(self.sort_key)
            for term in missing:
                found[term] = Postings.build(loaded.get(term, ()), pages)
            self._remember(found, missing)
        return found

    def term_counts(self, terms, load):
        """{term: public pages holding it} for those of `terms` in the vocabulary; `load(terms)`
        asks the database for the terms this snapshot has not looked up yet. Typo variants
        bring thousands of terms, so misses are kept too; at most VOCABULARY_ENTRIES, then the
        cache starts afresh (bounded memory)."""
        vocabulary, known, missing = self._vocabulary, {}, []
        for term in dict.fromkeys(terms):
            count = vocabulary.get(term)
            if count is None:
                missing.append(term)
            else:
                known[term] = count
        if missing:
            found = load(missing)
            looked_up = {term: found.get(term, 0) for term in missing}
            known.update(looked_up)
            with self._lock:
                if len(vocabulary) + len(looked_up) > VOCABULARY_ENTRIES:
                    vocabulary.clear()
                vocabulary.update(looked_up)
        return {term: count for term, count in known.items() if count}

    def cached(self, key, load):
        """A mask cached under `key` (e.g. of a phrase), `load()` computing it the first time.
        Dropped when the index changes."""
        with self._lock:
            mask = self._terms.get(key)
            if mask is not None:
                self._terms.move_to_end(key)
                return mask
        mask = load()
        self._remember({key: mask}, [key])
        return mask

    def _remember(self, values, keys):
        with self._lock:
            for key in keys:
                if key in self._terms:
                    continue
                value = values[key]
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

    def newer(self, page_id):
        """Sort key of a page: the newer, the larger (then the higher page id)."""
        return (self.sort_key[page_id], page_id)

    def newest_of(self, mask, limit):
        """The first `limit` page ids of `mask` in the order newest first."""
        if limit <= 0 or not mask:
            return []
        size = mask.bit_count()
        if size * 8 < len(self.newest):
            # Few pages: sort them instead of walking the whole order.
            return sorted(members(mask), key=self.newer, reverse=True)[:limit]
        inside = Membership(mask)
        result = []
        for page_id in self.newest:
            if page_id in inside:
                result.append(page_id)
                if len(result) == limit:
                    break
        return result

    # --- Following the index -----------------------------------------------------------------

    def patched(self, cursor, version, page_ids):
        """A copy of this snapshot at `version`, after the given pages were written or removed."""
        rows = _rows_of(cursor, f"SELECT {ENTRY_COLUMNS} FROM search_searchentry", page_ids)
        changed = set(page_ids)
        changed_mask = mask_of(page_ids)
        keep = ~changed_mask
        present = [row[0] for row in rows]
        pages = max(len(self.sort_key), max(page_ids) + 1)

        codes = defaultdict(list)
        for page_id, _kind, _sort_key, facet_codes, _expire_at in rows:
            for code in facet_codes.split():
                codes[code].append(page_id)
        masks = {}
        for code, mask in self.masks.items():
            if mask & changed_mask:
                mask &= keep
            if code in codes:
                mask |= mask_of(codes.pop(code))
            if mask:
                masks[code] = mask
        masks.update((code, mask_of(ids)) for code, ids in codes.items())

        sort_key = array("q", self.sort_key)
        sort_key.extend(repeat(0, pages - len(sort_key)))
        kinds = list(self.kinds)
        kind_of = bytearray(self.kind_of)
        kind_of.extend(bytes(pages - len(kind_of)))
        for page_id in changed:
            sort_key[page_id] = 0
            kind_of[page_id] = 0
        expiring = [(pk, when) for pk, when in self.expiring if pk not in changed]
        for page_id, kind, key, _codes, expire_at in rows:
            sort_key[page_id] = key
            if kind not in kinds:
                kinds.append(kind)
            kind_of[page_id] = kinds.index(kind)
            if expire_at is not None:
                expiring.append((page_id, _aware(expire_at)))

        newest = array("i", (page_id for page_id in self.newest if page_id not in changed))
        for page_id in sorted(present, key=lambda pk: (sort_key[pk], pk)):
            place = bisect_left(newest, (-sort_key[page_id], -page_id), key=_descending(sort_key))
            newest.insert(place, page_id)

        snapshot = replace(
            self,
            version=version,
            masks=masks,
            total=len(newest),
            everything=(self.everything & keep) | mask_of(present),
            newest=newest,
            sort_key=sort_key,
            kinds=kinds,
            kind_of=kind_of,
            expiring=tuple(expiring),
            _sections={},
            _titles=None,
            _terms=OrderedDict(),
            _term_bytes=0,
            _lock=threading.Lock(),
            _vocabulary={},
        )
        snapshot._patch_terms(self, cursor, page_ids, changed, keep, pages)
        if self._titles is not None:
            snapshot._titles = self._titles.patched(cursor, changed, present, snapshot)
        return snapshot

    def _patch_terms(self, old, cursor, page_ids, changed, keep, pages):
        """The postings `old` kept, without the changed pages' old terms, with their new ones."""
        with old._lock:
            kept = [(key, value) for key, value in old._terms.items() if isinstance(key, str)]
        if not kept:
            return
        wanted = {key for key, _value in kept}
        new_rows = defaultdict(list)
        select = f"SELECT term, page_id, impact FROM {SearchPosting._meta.db_table}"
        for term, page_id, impact in _rows_of(cursor, select, page_ids):
            if term in wanted:
                new_rows[term].append((page_id, impact))
        patched = {
            key: value.patched(changed, keep, new_rows.get(key, ()), pages) for key, value in kept
        }
        self._remember(patched, [key for key, _value in kept])


def _rows_of(cursor, select, page_ids):
    """The rows of `select` (a statement without WHERE) for the given page ids."""
    rows = []
    for start in range(0, len(page_ids), 500):
        chunk = page_ids[start : start + 500]
        cursor.execute(f"{select} WHERE page_id IN ({','.join(['%s'] * len(chunk))})", chunk)
        rows += cursor.fetchall()
    return rows


def _descending(sort_key):
    return lambda page_id: (-sort_key[page_id], -page_id)


EMPTY = Snapshot(None, 0, {}, 0, 0, array("i"), array("q"), [""], bytearray(), ())

# The snapshot of the index this process loaded last, and a lock so that one thread refreshes it.
_loaded = EMPTY
_refresh = threading.Lock()


def current(cursor):
    """The snapshot of the index as it is now: loaded when the index was cleared (or never
    loaded), patched when pages changed since."""
    global _loaded
    cursor.execute("SELECT token, version, kept_from FROM search_indexstate WHERE id = 1")
    row = cursor.fetchone()
    if row is None:
        return load(cursor, None, 0)  # an index never written: nothing to keep
    token, version, kept_from = row
    snapshot = _loaded
    if snapshot.token == token and snapshot.version == version:
        return snapshot
    with _refresh:
        snapshot = _loaded
        if snapshot.token == token and snapshot.version == version:
            return snapshot
        if snapshot.token == token and kept_from <= snapshot.version + 1 <= version:
            cursor.execute(
                "SELECT DISTINCT page_id FROM search_searchchange WHERE version > %s",
                [snapshot.version],
            )
            changed = sorted(row[0] for row in cursor.fetchall())
            if len(changed) <= max(100, snapshot.total * PATCH_SHARE):
                _loaded = snapshot.patched(cursor, version, changed)
                return _loaded
        _loaded = load(cursor, token, version)
        return _loaded


def _aware(value):
    """A datetime as the database cursor gave it (SQLite: naive UTC, maybe a string), aware."""
    if isinstance(value, str):
        value = parse_datetime(value)
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def load(cursor, token, version):
    """The whole snapshot, read from the index."""
    cursor.execute(f"SELECT {ENTRY_COLUMNS} FROM search_searchentry")
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
    sort_key = array("q", bytes(8 * (top + 1)))
    kind_of = bytearray(top + 1)
    for page_id, kind, key, *_rest in rows:
        sort_key[page_id] = key
        kind_of[page_id] = kinds[kind]
    return Snapshot(
        token=token,
        version=version,
        masks={code: mask_of(ids) for code, ids in codes.items()},
        total=len(rows),
        everything=mask_of([row[0] for row in rows]),
        newest=newest,
        sort_key=sort_key,
        kinds=list(kinds),
        kind_of=kind_of,
        expiring=tuple(expiring),
    )
