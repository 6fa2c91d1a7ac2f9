"""Bring imported or restored pages into the search index in bulk, not one save at a time."""

import contextvars
import threading
from contextlib import contextmanager

from django.core.exceptions import FieldDoesNotExist
from django.db import connection, connections
from django.db.models.sql.subqueries import InsertQuery
from django.utils.encoding import force_str
from modelcluster.queryset import FakeQuerySet
from modelsearch.backends import get_search_backends
from modelsearch.index import AutocompleteField, RelatedFields, SearchField
from modelsearch.utils import get_content_type_pk

from search.registry import is_rich_text
from search.richtext import text_for_indexing

BATCH = 500


def index_pages(model, page_ids=(), pages=()):
    """Add (or refresh) pages of `model` in every search backend and in the site's own index.

    `page_ids` are read from the database; `pages` are indexed as they are in memory: pages the
    import has just written, with their relations loaded as a query would (`as_loaded`).
    """
    page_ids, pages = list(page_ids), list(pages)
    if not page_ids and not pages:
        return 0
    with beside(backends_index, model, page_ids, pages):
        site_search_index(page_ids, pages)
    return len(page_ids) + len(pages)


def backends_index(model, page_ids, pages):
    """The pages in Wagtail's search backends (the admin's search)."""
    queryset = with_related(model, model.get_indexed_objects())
    for backend in get_search_backends(with_auto_update=True):
        index = backend.get_index_for_model(model)
        for start in range(0, len(page_ids), BATCH):
            _add_items(
                backend, index, model, queryset.filter(pk__in=page_ids[start : start + BATCH])
            )
        for start in range(0, len(pages), BATCH):
            _add_items(backend, index, model, pages[start : start + BATCH])


@contextmanager
def beside(function, *args):
    """Run `function(*args)` while the block runs: on PostgreSQL, with committed pages, in a
    second thread with a connection of its own.

    Both indexes spend about half their time waiting for the database server; side by side,
    each one's server work overlaps the other's Python. Inside a transaction (or on SQLite,
    one writer at a time) the pages may be invisible to a second connection: one after the
    other there.
    """
    if connection.vendor != "postgresql" or connection.in_atomic_block:
        function(*args)
        yield
        return
    errors = []

    def work():
        try:
            function(*args)
        except BaseException as error:  # re-raised in the calling thread
            errors.append(error)
        finally:
            connections.close_all()  # this thread's connections only

    # With the caller's context: its pin to the primary database (operations.db_router) too.
    context = contextvars.copy_context()
    thread = threading.Thread(target=context.run, args=(work,), name=f"index-{function.__name__}")
    thread.start()
    try:
        yield
    finally:
        thread.join()
    if errors:
        raise errors[0]


def _add_items(backend, index, model, objs):
    objs = list(objs)
    if not objs:
        return
    if _is_own_index(index, "PostgresIndex"):
        add_postgres_items(index, model, objs)
    elif _is_own_index(index, "SQLiteIndex"):
        add_sqlite_items(index, model, objs)
    else:
        backend.add_bulk(model, objs)


def as_loaded(page, related):
    """Make a page the import has just written read its relations like a prefetched page.

    `related` maps relation names (themes, keywords, target_groups) to the related objects.
    In memory, modelcluster keeps them in the order they were set; a query returns them in the
    related model's order, which is what the index must see: so they are sorted the same way.
    """
    page._cluster_related_objects = {}
    page._prefetched_objects_cache = {
        name: FakeQuerySet(field.related_model, _ordered(field.related_model, objs))
        for name, objs in related.items()
        for field in [page._meta.get_field(name)]
    }
    return page


def _ordered(model, objs):
    ordering = model._meta.ordering
    if not ordering:
        return list(objs)
    if any(name.startswith(("-", "?")) or "__" in name for name in ordering):
        raise ValueError(f"{model.__name__}: ordering {ordering} is not supported here")
    return sorted(objs, key=lambda obj: tuple(getattr(obj, name) for name in ordering))


def _is_own_index(index, name):
    """Only modelsearch's own PostgreSQL or SQLite index; a subclass may index differently."""
    if index.__class__.__name__ != name:
        return False
    if name == "PostgresIndex":
        from modelsearch.backends.database.postgres.postgres import PostgresIndex as own
    else:
        from modelsearch.backends.database.sqlite.sqlite import SQLiteIndex as own
    return type(index) is own


def add_sqlite_items(index, model, objs):
    """What `SQLiteIndex.add_items` writes, reading each object's fields once instead of three
    times (title, autocomplete and body each walk every search field and strip every rich text
    again). New entries are inserted in bulk, existing ones updated one by one as modelsearch
    does; `tests/transfer/test_search_index.py` compares the rows."""
    from modelsearch.backends.database.sqlite.sqlite import ObjectIndexer

    if not model.get_search_fields() or not objs:
        return
    content_type_pk = get_content_type_pk(model)
    texts = {}
    for obj in objs:
        indexer = ObjectIndexer(obj, index.backend)
        title, autocomplete, body = [], [], []
        for field, value in _prepared(indexer, obj):
            if isinstance(field, SearchField):
                (title if field.field_name == "title" else body).append(value)
            elif isinstance(field, AutocompleteField):
                autocomplete.append(value)
        texts[indexer.id] = (" ".join(title), " ".join(autocomplete), " ".join(body))
    entries = index.entries.filter(content_type_id=content_type_pk)
    indexed = set(entries.filter(object_id__in=list(texts)).values_list("object_id", flat=True))
    for object_id in indexed:
        title, autocomplete, body = texts[object_id]
        entries.filter(object_id=object_id).update(
            title=title, autocomplete=autocomplete, body=body
        )
    index.entries.bulk_create(
        [
            index.entries.model(
                content_type_id=content_type_pk,
                object_id=object_id,
                title=title,
                autocomplete=autocomplete,
                body=body,
            )
            for object_id, (title, autocomplete, body) in texts.items()
            if object_id not in indexed
        ],
        batch_size=BATCH,
    )
    index._refresh_title_norms()


def add_postgres_items(index, model, objs):
    """What `PostgresIndex.add_items` writes, at a fraction of its cost.

    modelsearch reads every search field of an object five times (once per column) and builds
    Django expressions for each vector: about 7 ms a page, more than the rest of an import. Here
    each object's fields are read once, and the SQL of a vector is compiled once per shape (the
    weights of its non-empty texts) and reused with the texts as parameters. The rows are the
    same as modelsearch's; `tests/transfer/test_search_index.py` compares them.
    """
    from modelsearch.backends.database.postgres.postgres import IndexEntry, ObjectIndexer

    if not model.get_search_fields() or not objs:
        return
    connection = index.write_connection
    compiler = InsertQuery(IndexEntry).get_compiler(connection=connection)
    content_type_pk = get_content_type_pk(model)
    templates = {}

    def vector(indexer, column, texts, for_autocomplete=False):
        texts = [(text.strip(), weight) for text, weight in texts]
        texts = [(text, weight) for text, weight in texts if text]
        key = (column, for_autocomplete, tuple(weight for _text, weight in texts))
        if key not in templates:
            # Compiled with markers in place of the texts; parameters equal to a marker are
            # the slots the real texts go into, the others (config, weight) stay as compiled.
            markers = [f"\x00{number}\x00" for number in range(len(texts))]
            expression = indexer.as_vector(
                list(zip(markers, key[2], strict=True)), for_autocomplete=for_autocomplete
            )
            value = compiler.prepare_value(IndexEntry._meta.get_field(column), expression)
            sql, params = value.as_sql(compiler, connection)
            slots = [markers.index(p) if p in markers else None for p in params]
            templates[key] = (sql, params, slots)
        sql, params, slots = templates[key]
        values = [
            texts[slot][0] if slot is not None else param
            for param, slot in zip(params, slots, strict=True)
        ]
        return sql, values

    rows = {}
    for obj in objs:
        indexer = ObjectIndexer(obj, index.backend)
        title, body, autocomplete = [], [], []
        for field, weight, value in _prepared(indexer, obj, weighted=True):
            if isinstance(field, SearchField):
                (title if field.field_name == "title" else body).append((value, weight))
            elif isinstance(field, AutocompleteField):
                autocomplete.append((value, weight))
        title_sql, title_params = vector(indexer, "title", title)
        auto_sql, auto_params = vector(indexer, "autocomplete", autocomplete, True)
        body_sql, body_params = vector(indexer, "body", body)
        statement = (title_sql, auto_sql, body_sql)
        rows.setdefault(statement, []).append(
            [
                content_type_pk,
                indexer.id,
                *title_params,
                *auto_params,
                *body_params,
                " ".join(text.strip() for text, _weight in title if text.strip()),
                " ".join(text.strip() for text, _weight in body if text.strip()),
            ]
        )
    table = IndexEntry._meta.db_table
    with connection.cursor() as cursor:
        for (title_sql, auto_sql, body_sql), params in rows.items():
            # Compiled fragments and a model's table name; every value is a parameter.
            sql = (
                f"INSERT INTO {table} (content_type_id, object_id, title, autocomplete, "  # noqa: S608
                "body, title_norm, title_text, body_text) "
                f"VALUES (%s, %s, {title_sql}, {auto_sql}, {body_sql}, 1.0, %s, %s) "
                "ON CONFLICT (content_type_id, object_id) DO UPDATE SET title = EXCLUDED.title, "
                "title_norm = 1.0, autocomplete = EXCLUDED.autocomplete, body = EXCLUDED.body, "
                "title_text = EXCLUDED.title_text, body_text = EXCLUDED.body_text"
            )
            cursor.executemany(sql, params)
    index._refresh_title_norms()


def _prepared(indexer, obj, weighted=False):
    """What `indexer.prepare_field` yields for each of the object's search fields, with the
    text of rich text fields from `text_for_indexing` (modelsearch's way parses the HTML)."""
    from modelsearch.backends.database.postgres.weights import get_weight

    for search_field in indexer.search_fields:
        if isinstance(search_field, SearchField) and is_rich_text(
            type(obj), search_field.field_name
        ):
            html = force_str(search_field.get_field(type(obj)).value_from_object(obj))
            text = text_for_indexing(html)
            if weighted:
                yield search_field, get_weight(search_field.boost), text
            else:
                yield search_field, text
        else:
            yield from indexer.prepare_field(obj, search_field)


def site_search_index(page_ids=(), pages=()):
    """The site search's own index (/suche/): the same pages, in bulk."""
    from wagtail.models import Page

    from search import indexing

    stored = list(indexing.specific_pages(Page.objects.filter(pk__in=list(page_ids))))
    for batch in (stored, [page for page in pages if page.live]):
        for start in range(0, len(batch), BATCH):
            indexing.index_pages(batch[start : start + BATCH])


def with_related(model, queryset):
    """Fetch what the model's RelatedFields index in a few queries instead of three per page."""
    joins, prefetches = [], []
    for search_field in model.get_search_fields():
        if not isinstance(search_field, RelatedFields):
            continue
        try:
            field = model._meta.get_field(search_field.field_name)
        except FieldDoesNotExist:
            continue
        if field.many_to_one or field.one_to_one:
            joins.append(search_field.field_name)
        else:
            prefetches.append(search_field.field_name)
    return queryset.select_related(*joins).prefetch_related(*prefetches)


def rebuild():
    """Rebuild every search index from the database (after a restore)."""
    from django.core.management import call_command

    call_command("update_index", verbosity=0)
    call_command("rebuild_search_index", verbosity=0)
