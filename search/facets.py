"""Facet values of the index entries: stored as `facet=value` tokens, counted with bit masks.

Counting the facets of 9,000 matches token by token costs more than the match itself. Each
process instead keeps one bit mask per facet value (bit n set: page n has the value) in its
`search.snapshot`; the counts for a result are then one AND and one popcount per value. Every
write to the index is recorded here (`index_changed`), so that the snapshots follow it.
"""

import uuid

from django.db.models import F

from operations import bulk

from . import snapshot
from .models import IndexState, SearchChange

# Versions whose changes stay logged (a write of 500 pages is one version).
KEPT_VERSIONS = 2000


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


def index_changed(page_ids):
    """Record a write to the index of the given pages; call inside the transaction of every
    index write. Takes the lock of the `IndexState` row until the transaction ends."""
    page_ids = list(dict.fromkeys(page_ids))
    if not IndexState.objects.filter(pk=1).update(version=F("version") + 1):
        IndexState.objects.get_or_create(
            pk=1, defaults={"token": uuid.uuid4().hex, "version": 0, "kept_from": 1}
        )
        IndexState.objects.filter(pk=1).update(version=F("version") + 1)
    version, kept_from = IndexState.objects.values_list("version", "kept_from").get(pk=1)
    bulk.insert(
        SearchChange, [SearchChange(version=version, page_id=page_id) for page_id in page_ids]
    )
    if version - kept_from >= KEPT_VERSIONS:
        # Processes further behind than this load the index again instead of patching.
        kept_from = version - KEPT_VERSIONS // 2
        SearchChange.objects.filter(version__lt=kept_from).delete()
        IndexState.objects.filter(pk=1).update(kept_from=kept_from)


def index_cleared():
    """The index was emptied: every process loads it again (a new token); no changes kept."""
    SearchChange.objects.all().delete()
    IndexState.objects.get_or_create(pk=1, defaults={"token": ""})
    IndexState.objects.filter(pk=1).update(
        token=uuid.uuid4().hex, version=F("version") + 1, kept_from=F("version") + 1
    )


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
