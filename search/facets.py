"""Facet values of the index entries: stored as `facet=value` tokens, counted with bit masks.

Counting the facets of 9,000 matches token by token costs more than the match itself. Each
process instead keeps one bit mask per facet value (bit n set: page n has the value) in its
`search.snapshot`; the counts for a result are then one AND and one popcount per value.
"""

import uuid

from . import snapshot
from .models import IndexState


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


def current(cursor):
    """The `search.snapshot.Snapshot` of the index as it is now."""
    return snapshot.current(cursor)


def count(page_ids, cursor, state=None):
    """{facet code: number of the given pages with it}; the pages must be in the index."""
    if not page_ids:
        return {}
    return (state or current(cursor)).count(snapshot.mask_of(page_ids))


def total(cursor, state=None):
    """The number of entries in the index (for the ranking's idf)."""
    return (state or current(cursor)).total
