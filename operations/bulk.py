"""Plain INSERTs of many new rows (an import's pages, the search index's entries), without
Django's per-value compilation.

`bulk_create` passes every value of every object through `pre_save`, `get_db_prep_save` and
checks for expressions: at the import's ~40 columns a row, more time than the database takes
to store it. Here a value of a plain field (text, integer, boolean, a foreign key to one) that
already has the field's Python type goes to the driver as it is, every other value through the
field's own `pre_save` and `get_db_prep_save`: the rows are the same as `bulk_create`'s
(`tests/transfer/test_bulk.py` compares them on every insert of an import).
"""

import datetime
from itertools import repeat

import psycopg
from django.db import connection
from django.db.backends.utils import CursorWrapper
from django.db.models import BooleanField, CharField, Field, ForeignKey, IntegerField, TextField
from django.db.models.fields import AutoFieldMixin

# Field classes whose database value is the Python value itself, with that Python type.
PLAIN_TYPES = ((CharField, str), (TextField, str), (BooleanField, bool), (IntegerField, int))
MAX_ROWS = 1000  # per statement
IMMUTABLE = (datetime.datetime, datetime.date)


def insert(model, objs, fields=None, returning_ids=False):
    """INSERT `objs` into `model`'s table: the columns of `fields` (default: all but an automatic
    primary key). With `returning_ids`, each object gets its primary key from the database."""
    objs = list(objs)
    if not objs:
        return
    meta = model._meta
    if fields is None:
        fields = _default_fields(meta)
    if returning_ids and connection.vendor == "postgresql":
        _take_ids(meta, objs)
        fields = [meta.pk, *fields]
    rows = _rows(objs, fields)
    if returning_ids and connection.vendor != "postgresql":
        _insert_returning(meta, fields, objs, rows)
    else:
        _write_rows(meta, fields, rows)
    _saved(objs)


def insert_varying(model, template, names, values):
    """INSERT one row into `model`'s table per tuple in `values`: the database values of
    `template` (an unsaved instance), with the plain fields `names` taken from the tuple.

    For many rows that differ only in a few ids and labels (an import's log entries and tag
    links): no model instance is built per row, and the shared values are converted once.
    """
    values = list(values)
    if not values:
        return
    meta = model._meta
    fields = _default_fields(meta)
    varying = [meta.get_field(name) for name in names]
    types = [_plain_type(field) for field in varying]
    if None in types:
        raise ValueError(f"{model.__name__}: only plain fields can vary per row")
    (shared,) = _rows([template], fields)
    columns = list(zip(*values, strict=True))
    for number, (field, python_type) in enumerate(zip(varying, types, strict=True)):
        column = columns[number]
        if not all(value is None or type(value) is python_type for value in column):
            columns[number] = [
                value
                if value is None or type(value) is python_type
                else field.get_db_prep_save(value, connection)
                for value in column
            ]
    by_field = dict(zip(varying, columns, strict=True))
    rows = list(
        zip(
            *(
                by_field[field] if field in by_field else repeat(shared[number], len(values))
                for number, field in enumerate(fields)
            ),
            strict=True,
        )
    )
    _write_rows(meta, fields, rows)


def insert_computed(model, objs, column, expression, inputs):
    """PostgreSQL: INSERT `objs` into `model`'s table with `column` computed in the same statement.

    `expression` is SQL over `v.<name>` for the text arrays of `inputs` ({name: one text per
    object}); the objects' own columns travel as one array each (`unnest`), so the statement is
    the same for any number of rows and nothing is written twice (an INSERT, then an UPDATE of
    every new row, costs the database as much again). The arrays travel in binary: quoting
    them into the statement's text, as Django's client-side cursor does, costs ten times as much.
    """
    objs = list(objs)
    if not objs:
        return
    meta = model._meta
    fields = [f for f in meta.local_concrete_fields if f.column != column]
    arrays = [list(values) for values in zip(*_rows(objs, fields), strict=True)]
    aliases = [f"c{number}" for number in range(len(fields))]
    casts = [f"%b::{field.db_type(connection)}[]" for field in fields]
    casts += ["%b::text[]"] * len(inputs)
    quote = connection.ops.quote_name
    columns = ", ".join(quote(field.column) for field in fields)
    connection.ensure_connection()
    # A cursor binding parameters on the server, in Django's wrapper (execute wrappers run).
    with CursorWrapper(psycopg.Cursor(connection.connection), connection) as cursor:
        cursor.execute(
            f"INSERT INTO {quote(meta.db_table)} ({columns}, {quote(column)}) "  # noqa: S608
            f"SELECT {', '.join('v.' + alias for alias in aliases)}, {expression} "
            f"FROM unnest({', '.join(casts)}) AS v({', '.join([*aliases, *inputs])})",
            [*arrays, *(list(texts) for texts in inputs.values())],
        )
    _saved(objs)


def _default_fields(meta):
    return [f for f in meta.local_concrete_fields if not (f.primary_key and f.auto_created)]


def _write_rows(meta, fields, rows):
    """INSERT `rows` (database values of `fields`, in order)."""
    quote = connection.ops.quote_name
    table = quote(meta.db_table)
    columns = ", ".join(quote(field.column) for field in fields)
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            # COPY: no statement text to build and parse, no round trip per row.
            with cursor.cursor.copy(f"COPY {table} ({columns}) FROM STDIN") as copy:
                for row in rows:
                    copy.write_row(row)
            return
        # One statement, prepared once and run for each row inside SQLite.
        cursor.executemany(
            f"INSERT INTO {table} ({columns}) "  # noqa: S608 - quoted names, parameters
            f"VALUES ({', '.join(['%s'] * len(fields))})",
            rows,
        )


def _insert_returning(meta, fields, objs, rows):
    """SQLite: multi-row INSERTs, each object taking its primary key from RETURNING."""
    quote = connection.ops.quote_name
    one_row = f"({', '.join(['%s'] * len(fields))})"
    sql = (
        f"INSERT INTO {quote(meta.db_table)} "  # noqa: S608 - quoted names, parameters
        f"({', '.join(quote(field.column) for field in fields)}) VALUES "
    )
    size = min(MAX_ROWS, connection.ops.bulk_batch_size(fields, objs) or MAX_ROWS)
    returning = f" RETURNING {quote(meta.pk.column)}"
    with connection.cursor() as cursor:
        for start in range(0, len(rows), size):
            chunk = rows[start : start + size]
            statement = sql + ", ".join([one_row] * len(chunk)) + returning
            cursor.execute(statement, [value for row in chunk for value in row])
            for obj, (value,) in zip(objs[start : start + size], cursor.fetchall(), strict=True):
                setattr(obj, meta.pk.attname, value)


def _rows(objs, fields):
    """Each object's database values of `fields`, as Django's own insert would send them."""
    for obj in objs:
        obj._prepare_related_fields_for_save(operation_name="bulk_create")
    converters = [_converter(field) for field in fields]
    return [[convert(obj) for convert in converters] for obj in objs]


def _take_ids(meta, objs):
    """Give `objs` the next values of their table's id sequence, as INSERTs would."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT nextval(pg_get_serial_sequence(%s, %s)) FROM generate_series(1, %s) ORDER BY 1",
            [meta.db_table, meta.pk.column, len(objs)],
        )
        for obj, (value,) in zip(objs, cursor.fetchall(), strict=True):
            setattr(obj, meta.pk.attname, value)


def _saved(objs):
    for obj in objs:
        obj._state.adding = False
        obj._state.db = connection.alias


def _plain_type(field):
    """The Python type a plain field stores as it is, or None."""
    if isinstance(field, ForeignKey):
        target = field.target_field
        # An automatic key of an int is that int (`validate_autopk_value` checks backends with
        # other keys, like MySQL's 0).
        return int if isinstance(target, AutoFieldMixin) else _plain_type(target)
    for base, python_type in PLAIN_TYPES:
        if isinstance(field, base) and all(
            getattr(type(field), name) is getattr(base, name)
            for name in ("pre_save", "get_prep_value", "get_db_prep_value", "get_db_prep_save")
        ):
            return python_type
    return None


def _converter(field):
    python_type = _plain_type(field)
    attname = field.attname
    if python_type is not None:

        def convert_plain(obj):
            value = getattr(obj, attname)
            if value is None or type(value) is python_type:
                return value
            return field.get_db_prep_save(value, connection)

        return convert_plain
    custom_pre_save = type(field).pre_save is not Field.pre_save
    none_is_null = field.get_db_prep_save(None, connection) is None
    # The same timestamp (the import's) comes again and again: converted once.
    last = [object(), None]

    def convert(obj):
        value = field.pre_save(obj, True) if custom_pre_save else getattr(obj, attname)
        if value is None and none_is_null:
            return None
        if type(value) not in IMMUTABLE:
            return field.get_db_prep_save(value, connection)
        if value is not last[0]:
            last[:] = [value, field.get_db_prep_save(value, connection)]
        return last[1]

    return convert
