# ruff: noqa: S608 - SQL is assembled from fixed fragments; every value is a bound parameter.
"""Keeps the search index (`SearchEntry` and the engine's full-text data) in step with the pages.

`index_pages` and `remove_pages` work in bulk: a handful of queries per batch, whatever its size.
SQLite keeps the analysed text in the FTS5 table `search_fts` (rowid = page id); PostgreSQL in
`SearchEntry.search_vector` (weighted tsvector, GIN index). The vocabulary (`SearchTerm`) counts
the terms of public entries only.
"""

from collections import Counter
from contextvars import ContextVar
from itertools import islice

from django.db import connection, transaction
from django.dispatch import Signal
from django.utils import timezone
from wagtail.models import Page, PageViewRestriction, Site

from operations import bulk

from . import ranking, registry
from .analysis import index_terms
from .documents import documents_text
from .facets import facet_codes, index_changed, index_cleared
from .models import SearchEntry, SearchEntryTag, SearchEntryText, SearchTerm

FTS_TABLE = "search_fts"
# The index's own tables on PostgreSQL, for TRUNCATE, VACUUM and ANALYZE.
PG_INDEX_TABLES = (
    "search_searchentrytag, search_searchentrytext, search_searchentry, search_searchterm, "
    "search_searchposting, search_searchchange"
)
COLUMNS = ("title", "summary", "meta", "body", "documents")
PG_WEIGHTS = ("A", "B", "B", "C", "D")
PG_VECTOR = " || ".join(
    f"setweight(to_tsvector('simple', v.{column}), '{weight}')"
    for column, weight in zip(COLUMNS, PG_WEIGHTS, strict=True)
)
BATCH = 500
MAX_TERM_LENGTH = 100

# Sent inside the transaction of every write with the page ids written or removed (`page_ids`);
# `search.backends.sync` passes them on to a search cluster. Not sent during `rebuild()`: the
# cluster's index is rebuilt from the whole database index afterwards.
entries_changed = Signal()
_rebuilding = ContextVar("search_index_rebuilding", default=False)


def _changed(page_ids):
    if not _rebuilding.get():
        entries_changed.send(sender=SearchEntry, page_ids=list(page_ids))


def is_postgres():
    return connection.vendor == "postgresql"


def _chunks(items, size):
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


def _restricted_paths():
    return [path for (path,) in PageViewRestriction.objects.values_list("page__path")]


def _analysed(document):
    return [index_terms(getattr(document, column) or "") for column in COLUMNS]


def _indexed_terms(page_ids):
    """{page id: set of terms} of the entries among `page_ids`, before they change: every entry
    is a key, a restricted one with no terms (the vocabulary counts public entries only)."""
    if not page_ids:
        return {}
    result = {}
    with connection.cursor() as cursor:
        placeholders = ",".join(["%s"] * len(page_ids))
        if is_postgres():
            cursor.execute(
                "SELECT page_id, CASE WHEN public THEN tsvector_to_array(search_vector) END "
                f"FROM search_searchentry WHERE page_id IN ({placeholders})",
                page_ids,
            )
            for page_id, terms in cursor.fetchall():
                result[page_id] = set(terms or ())
        else:
            cursor.execute(
                "SELECT e.page_id, e.public, f.title, f.summary, f.meta, f.body, f.documents "
                f"FROM search_searchentry e LEFT JOIN {FTS_TABLE} f ON f.rowid = e.page_id "
                f"WHERE e.page_id IN ({placeholders})",
                page_ids,
            )
            for page_id, public, *texts in cursor.fetchall():
                terms = {term for text in texts for term in (text or "").split()}
                result[page_id] = terms if public else set()
    return result


def _apply_vocabulary(delta):
    """Add the per-term document-count changes in `delta` to the vocabulary."""
    delta = {t: n for t, n in delta.items() if n and len(t) <= MAX_TERM_LENGTH}
    if not delta:
        return
    current = {}
    for chunk in _chunks(delta, 900):
        current.update(SearchTerm.objects.filter(term__in=chunk).values_list("term", "doc_count"))
    updated, emptied = [], []
    for term, change in delta.items():
        count = current.get(term, 0) + change
        if count > 0:
            updated.append(SearchTerm(term=term, doc_count=count))
        elif term in current:
            emptied.append(term)
    if updated:
        SearchTerm.objects.bulk_create(
            updated,
            batch_size=900,
            update_conflicts=True,
            update_fields=["doc_count"],
            unique_fields=["term"],
        )
    for chunk in _chunks(emptied, 900):
        SearchTerm.objects.filter(term__in=chunk).delete()


def _delete_rows(page_ids):
    """The index rows of `page_ids`; postings and full text exist only beside an entry."""
    if not page_ids:
        return
    SearchEntry.objects.filter(page_id__in=page_ids).delete()
    with connection.cursor() as cursor:
        placeholders = ",".join(["%s"] * len(page_ids))
        cursor.execute(
            f"DELETE FROM search_searchposting WHERE page_id IN ({placeholders})", page_ids
        )
        if not is_postgres():
            cursor.execute(f"DELETE FROM {FTS_TABLE} WHERE rowid IN ({placeholders})", page_ids)


def _entry(page, document, search_type, restricted_paths, now):
    municipality = document.municipality
    district = municipality.district if municipality is not None else None
    return SearchEntry(
        page_id=page.pk,
        kind=search_type.kind,
        title=document.title[:255],
        title_folded=" " + document.title.casefold()[:255],
        path=page.path,
        municipality_slug=municipality.slug if municipality is not None else "",
        municipality_name=municipality.name if municipality is not None else "",
        kreis_slug=district.slug if district is not None else "",
        kreis_name=district.name if district is not None else "",
        year=document.year,
        published=document.published or now,
        sort_key=int((document.published or now).timestamp()),
        facet_codes=facet_codes(
            search_type.kind,
            municipality.slug if municipality is not None else "",
            district.slug if district is not None else "",
            document.year,
            [slug for slug, _name in document.themes],
            [slug for slug, _name in document.target_groups],
        ),
        expire_at=page.expire_at,
        public=not any(page.path.startswith(path) for path in restricted_paths),
        themes=[[slug, name] for slug, name in document.themes],
    )


def _site_roots():
    """(root path, root URL) of each site, longest first; one cached lookup."""
    roots = [(root.root_path, root.root_url) for root in Site.get_site_root_paths()]
    return sorted(roots, key=lambda root: len(root[0]), reverse=True)


def _relative_url(page, roots):
    """The page's URL as `Page.get_url()` gives it on a single-site install, without queries."""
    for root_path, root_url in roots:
        if page.url_path.startswith(root_path):
            path = page.url_path[len(root_path) - 1 :]
            return path if len(roots) == 1 else root_url.rstrip("/") + path
    return ""


def index_pages(pages):
    """(Re)index live specific pages of registered types; others are removed from the index."""
    pages = list(pages)
    if not pages:
        return 0
    restricted_paths = _restricted_paths()
    roots = _site_roots()
    indexed = [p for p in pages if registry.type_for_model(type(p)) and p.live]
    registry.attach_related(indexed)
    attached_texts = documents_text(indexed)
    now = timezone.now()
    rows = []
    gone = []
    for page in pages:
        search_type = registry.type_for_model(type(page))
        if search_type is None or not page.live:
            gone.append(page.pk)
            continue
        document = registry.document_for(page)
        if not document.documents:
            document.documents = attached_texts.get(page.pk, "")
        entry = _entry(page, document, search_type, restricted_paths, now)
        entry.url = _relative_url(page, roots)
        rows.append((entry, document))
    with transaction.atomic():
        if gone:
            remove_pages(gone)
        if rows:
            _write(rows)
    return len(rows)


def _write(rows):
    page_ids = [entry.page_id for entry, _ in rows]
    old = _indexed_terms(page_ids)
    _delete_rows(list(old))  # nothing to delete for new pages
    analysed = [(entry, _analysed(document)) for entry, document in rows]
    texts = {entry.page_id: [" ".join(terms) for terms in columns] for entry, columns in analysed}
    _write_entries([entry for entry, _ in rows], texts)
    # One row per entry and per tag: no model instance each.
    bulk.insert_varying(
        SearchEntryText,
        SearchEntryText(),
        ["entry", "summary", "meta", "body", "documents"],
        [
            (entry.page_id, document.summary, document.meta, document.body, document.documents)
            for entry, document in rows
        ],
    )
    bulk.insert_varying(
        SearchEntryTag,
        SearchEntryTag(),
        ["entry", "facet", "slug", "label"],
        [
            (entry.page_id, facet, slug[:120], name[:200])
            for entry, document in rows
            for facet, pairs in (("thema", document.themes), ("zielgruppe", document.target_groups))
            for slug, name in pairs
        ],
    )
    postings = [
        (term, entry.page_id, impact)
        for entry, columns in analysed
        for term, impact in ranking.impacts(dict(zip(COLUMNS, columns, strict=True))).items()
    ]
    index_changed(page_ids)
    with connection.cursor() as cursor:
        _write_postings(cursor, postings)
    delta = Counter()
    for entry, _ in rows:
        columns = texts[entry.page_id]
        new = {term for text in columns for term in text.split()} if entry.public else set()
        before = old.get(entry.page_id, set())
        delta.update(new - before)
        delta.subtract(before - new)
    _apply_vocabulary(delta)
    _changed(page_ids)


def _write_entries(entries, texts):
    """The entries with their full text ({page id: column texts}). On PostgreSQL the weighted
    vector is computed in the INSERT itself (an UPDATE of every new row costs as much again);
    on SQLite each entry gets its row in the FTS5 table."""
    if is_postgres():
        by_column = zip(*(texts[entry.page_id] for entry in entries), strict=True)
        bulk.insert_computed(
            SearchEntry,
            entries,
            "search_vector",
            PG_VECTOR,
            dict(zip(COLUMNS, by_column, strict=True)),
        )
        return
    bulk.insert(SearchEntry, entries)
    with connection.cursor() as cursor:
        cursor.executemany(
            f"INSERT INTO {FTS_TABLE} (rowid, {', '.join(COLUMNS)}) "
            "VALUES (%s, %s, %s, %s, %s, %s)",
            [[page_id, *columns] for page_id, columns in texts.items()],
        )


def _write_postings(cursor, postings):
    if is_postgres():
        # COPY: a page brings about a hundred rows; INSERTs would double the indexing time.
        with cursor.cursor.copy(
            "COPY search_searchposting (term, page_id, impact) FROM STDIN"
        ) as copy:
            for row in postings:
                copy.write_row(row)
    else:
        cursor.executemany(
            "INSERT INTO search_searchposting (term, page_id, impact) VALUES (%s, %s, %s)",
            postings,
        )


def remove_pages(page_ids):
    """Take pages out of the index (unpublished, deleted, moved out of reach)."""
    page_ids = list(page_ids)
    if not page_ids:
        return
    with transaction.atomic():
        for chunk in _chunks(page_ids, BATCH):
            old = _indexed_terms(chunk)
            _delete_rows(list(old))
            index_changed(chunk)
            delta = Counter()
            for terms in old.values():
                delta.subtract(terms)
            _apply_vocabulary(delta)
            _changed(chunk)


def specific_pages(queryset):
    """Live pages of registered types from a Page queryset, as prefetched specific instances."""
    ids_by_model = {}
    for search_type in registry.registered_types():
        ids_by_model[search_type.model] = search_type.model.objects.filter(
            pk__in=queryset.values("pk"), live=True
        ).values_list("pk", flat=True)
    for model, ids in ids_by_model.items():
        ids = list(ids)
        for chunk in _chunks(ids, BATCH):
            yield from registry.prefetch_for(model).filter(pk__in=chunk)


def index_page(page):
    """Index one page (any Page instance) or take it out if it is not searchable."""
    page = page.specific if type(page) is Page else page
    if page.live and registry.type_for_model(type(page)):
        pages = list(specific_pages(Page.objects.filter(pk=page.pk)))
        if pages:
            index_pages(pages)
            return
    remove_pages([page.pk])


def reindex_subtree(page):
    """Reindex a page and its descendants (after a move or a restriction change)."""
    subtree = Page.objects.filter(path__startswith=page.path)
    live_ids = set()
    for chunk in _chunks(specific_pages(subtree), BATCH):
        index_pages(chunk)
        live_ids.update(p.pk for p in chunk)
    stale = SearchEntry.objects.filter(path__startswith=page.path).exclude(pk__in=live_ids)
    remove_pages(stale.values_list("pk", flat=True))
    # Entries whose path changed (moved subtree) were rewritten above via their page ids.


def rebuild(progress=None):
    """Rebuild the whole index from the live pages; returns the number of pages indexed."""
    marker = _rebuilding.set(True)
    try:
        clear()
        count = 0
        for chunk in _chunks(specific_pages(Page.objects.all()), BATCH):
            count += index_pages(chunk)
            if progress:
                progress(count)
    finally:
        _rebuilding.reset(marker)
    with transaction.atomic():
        # Processes load the rebuilt index once instead of patching it page by page.
        index_cleared()
    _settle()
    return count


def _settle():
    """After a rebuild: fresh planner statistics and a compact, merged full-text index.

    With the statistics of an empty index PostgreSQL picks poor plans (a rare word with a theme
    filter took 21 ms instead of 2 ms at 10,000 pages). Writing an entry leaves a dead row
    version behind (insert, then its vector), which scans read until a vacuum; without
    autovacuum three rebuilds made frequent queries 25% slower. Outside a transaction the
    rebuild vacuums; inside one (tests, a caller's atomic block) it can only analyse.
    """
    with connection.cursor() as cursor:
        if is_postgres():
            if connection.in_atomic_block:
                cursor.execute("SELECT gin_clean_pending_list('search_entry_vector_gin')")
                cursor.execute(f"ANALYZE {PG_INDEX_TABLES}")
            else:
                cursor.execute(f"VACUUM (ANALYZE) {PG_INDEX_TABLES}")
        else:
            cursor.execute(f"INSERT INTO {FTS_TABLE}({FTS_TABLE}) VALUES ('optimize')")


def clear():
    with transaction.atomic(), connection.cursor() as cursor:
        if is_postgres():
            # Empty files instead of dead rows (DELETE leaves them for a vacuum). Foreign-key
            # checks still pending in this transaction must run first: TRUNCATE refuses them.
            cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
            cursor.execute(f"TRUNCATE {PG_INDEX_TABLES}")
            cursor.execute("SET CONSTRAINTS ALL DEFERRED")
        else:
            SearchEntryTag.objects.all().delete()
            SearchEntryText.objects.all().delete()
            SearchEntry.objects.all().delete()
            SearchTerm.objects.all().delete()
            cursor.execute("DELETE FROM search_searchposting")
        index_cleared()
        if not is_postgres():
            cursor.execute(f"DELETE FROM {FTS_TABLE}")
