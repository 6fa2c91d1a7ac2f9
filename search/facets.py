"""Facet values of the index entries: stored as `facet=value` tokens, counted with bit masks.

Counting the facets of 9,000 matches token by token costs more than the match itself. Each
process instead keeps one bit mask per facet value (bit n set: page n has the value); the counts
for a result are then one AND and one popcount per value. The masks follow the index through
`IndexState.token`, which every index write changes in the same transaction: a process reloads
its masks when it sees a token it has not loaded.
"""

import uuid
from collections import defaultdict

from .models import IndexState

# (token, {code: mask}, number of entries) of the index state this process loaded last;
# replaced whole, never changed in place, so threads sharing it need no lock.
_loaded = (None, {}, 0)


def facet_codes(kind, municipality_slug, kreis_slug, year, themes, target_groups):
    """The facet values of an entry as one string of `facet=value` tokens (see `SearchEntry`)."""
    codes = [f"typ={kind}"]
    if municipality_slug:
        codes.append(f"kommune={municipality_slug}")
    if kreis_slug:
        codes.append(f"kreis={kreis_slug}")
    if year:
        codes.append(f"jahr={year}")
    codes += [f"thema={slug}" for slug in dict.fromkeys(themes)]
    codes += [f"zielgruppe={slug}" for slug in dict.fromkeys(target_groups)]
    return " ".join(codes)


def index_changed():
    """Give the index a new token; call inside the transaction of every index write."""
    IndexState.objects.update_or_create(pk=1, defaults={"token": uuid.uuid4().hex})


def count(page_ids, cursor, state=None):
    """{facet code: number of the given pages with it}; the pages must be in the index.

    `state` is what `current(cursor)` returned for this search (saves a query)."""
    if not page_ids:
        return {}
    selection = _mask(page_ids)
    counts = {}
    for code, mask in (state or current(cursor))[1].items():
        if n := (mask & selection).bit_count():
            counts[code] = n
    return counts


def total(cursor, state=None):
    """The number of entries in the index (for the ranking's idf)."""
    return (state or current(cursor))[2]


def current(cursor):
    """(token, masks, number of entries) of the index as it is now; reloaded when it changed."""
    global _loaded
    cursor.execute("SELECT token FROM search_indexstate WHERE id = 1")
    row = cursor.fetchone()
    token = row[0] if row else None
    if token is not None and _loaded[0] == token:
        return _loaded
    state = (token, *_load(cursor))
    if token is not None:
        _loaded = state
    return state


def _load(cursor):
    cursor.execute("SELECT page_id, facet_codes FROM search_searchentry")
    members = defaultdict(list)
    rows = cursor.fetchall()
    for page_id, codes in rows:
        for code in codes.split():
            members[code].append(page_id)
    return {code: _mask(page_ids) for code, page_ids in members.items()}, len(rows)


def _mask(page_ids):
    """An integer with bit n set for every page id n (built in a bytearray: linear time)."""
    bits = bytearray((max(page_ids) >> 3) + 1)
    for page_id in page_ids:
        bits[page_id >> 3] |= 1 << (page_id & 7)
    return int.from_bytes(bits, "little")
