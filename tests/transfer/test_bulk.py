"""`operations.bulk.insert` writes the rows Django's own insert would write."""

import copy

import pytest
from django.db import connection, transaction

from knowledge.models import PracticeProjectPage
from operations import bulk
from transfer.importer import import_file

from .conftest import csv_bytes, project_row

pytestmark = pytest.mark.django_db


def new_rows(model, fields, insert):
    """The rows `insert()` adds to `model`'s table, in primary key order, without the key."""
    manager = model._base_manager
    before = set(manager.values_list("pk", flat=True))
    insert()
    names = [field.attname for field in fields]
    rows = manager.exclude(pk__in=before).order_by("pk").values_list(*names)
    return list(rows)


def django_insert(model, objs, fields, returning_ids):
    """What `bulk_create` does underneath: `QuerySet._insert`, one object at a time."""
    returning = model._meta.db_returning_fields if returning_ids else None
    for obj in objs:
        result = model._base_manager._insert(
            [obj], fields=fields, returning_fields=returning, using=connection.alias
        )
        if returning_ids:
            setattr(obj, model._meta.pk.attname, result[0][0])


def checked_insert(insert, compared):
    """`bulk.insert`, after inserting copies of the objects the Django way and rolling back."""

    def check(model, objs, fields=None, returning_ids=False):
        objs = list(objs)
        if fields is None:
            meta = model._meta
            fields = [
                f for f in meta.local_concrete_fields if not (f.primary_key and f.auto_created)
            ]
        copies = []
        for obj in objs:
            duplicate = copy.copy(obj)
            duplicate._state = copy.copy(obj._state)
            copies.append(duplicate)
        with transaction.atomic():
            expected = new_rows(
                model, fields, lambda: django_insert(model, copies, fields, returning_ids)
            )
            transaction.set_rollback(True)
        assert new_rows(model, fields, lambda: insert(model, objs, fields, returning_ids)) == (
            expected
        ), model
        if returning_ids:
            pk = model._meta.pk.attname
            assert all(getattr(obj, pk) for obj in objs)
        compared.append(model._meta.label)

    return check


def checked_insert_varying(insert_varying, compared):
    """`bulk.insert_varying`, compared like `bulk.insert` with objects built from the template
    and each row."""

    def checked(model, template, names, values):
        values = list(values)
        objs = []
        for row in values:
            obj = copy.copy(template)
            obj._state = copy.copy(template._state)
            for name, value in zip(names, row, strict=True):
                setattr(obj, model._meta.get_field(name).attname, value)
            objs.append(obj)
        insert = lambda *_args: insert_varying(model, template, names, values)  # noqa: E731
        checked_insert(insert, compared)(model, objs)

    return checked


@pytest.mark.parametrize("publish", [True, False])
def test_insert_writes_what_django_writes(projects_index, monkeypatch, publish):
    compared = []
    monkeypatch.setattr(bulk, "insert", checked_insert(bulk.insert, compared))
    monkeypatch.setattr(
        bulk, "insert_varying", checked_insert_varying(bulk.insert_varying, compared)
    )
    rows = [
        project_row(target_groups="Schulkinder; Alleinerziehende", external_id="K5-01"),
        project_row(title="Familienbüro", municipality="Herne", kreis="", course="", themes=""),
    ]
    report = import_file("projekte.csv", csv_bytes(rows), publish=publish)
    assert report.ok, report.errors
    assert PracticeProjectPage.objects.count() == 2
    assert {
        "wagtailcore.Page",
        "knowledge.PracticeProjectPage",
        "wagtailcore.Revision",
        "knowledge.PageTheme",
        "wagtailcore.PageLogEntry",
        "knowledge.PracticeProjectPage_target_groups",
    } <= set(compared)
    # Only live pages enter the site's search index.
    indexed = {"search.SearchEntryText", "search.SearchEntryTag"}
    assert indexed <= set(compared) if publish else not indexed & set(compared)


@pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL only")
def test_insert_computed_writes_what_django_writes(projects_index):
    """Binary arrays through `unnest`: the same rows and vectors as `bulk_create` and an UPDATE."""
    from django.utils import timezone

    from search.indexing import PG_VECTOR
    from search.models import SearchEntry

    rows = [project_row(title=f"Projekt {n}", external_id=f"X-{n}") for n in range(3)]
    assert import_file("projekte.csv", csv_bytes(rows), publish=False).ok
    ids = sorted(PracticeProjectPage.objects.values_list("pk", flat=True))
    now = timezone.now()
    values = [
        {"year": 2010, "expire_at": None, "themes": [["kita", 'Kita "Sonne" & Co\\']]},
        {"year": None, "expire_at": now, "themes": []},
        {"year": 2024, "expire_at": None, "themes": [["ä", "Straße, {Weg}"], ["b", ""]]},
    ]
    texts = {
        "title": ["projekt eins", "", 'zitat "x" back\\slash'],
        "summary": ["a b", "c", ""],
        "meta": ["", "d", "e"],
        "body": ["kind " * 50, "{klammer} ,komma", "NULL"],
        "documents": ["", "", "f"],
    }

    def entries():
        return [
            SearchEntry(
                page_id=page_id,
                kind="praxisprojekt",
                title=f"Titel {n}",
                path=f"00{n}",
                published=now,
                municipality_name="Höxter, Kreis",
                public=n != 1,
                **extra,
            )
            for n, (page_id, extra) in enumerate(zip(ids, values, strict=True))
        ]

    def written():
        columns = [
            f.attname for f in SearchEntry._meta.concrete_fields if f.attname != "search_vector"
        ]
        with connection.cursor() as cursor:
            cursor.execute("SELECT page_id, search_vector::text FROM search_searchentry")
            vectors = dict(cursor.fetchall())
        return [
            (row, vectors[row[0]])
            for row in SearchEntry.objects.order_by("page_id").values_list(*columns)
        ]

    with transaction.atomic():
        SearchEntry.objects.bulk_create(entries())
        with connection.cursor() as cursor:
            for n, page_id in enumerate(ids):
                cursor.execute(
                    f"UPDATE search_searchentry SET search_vector = {PG_VECTOR} "  # noqa: S608
                    "FROM (SELECT %s AS title, %s AS summary, %s AS meta, %s AS body, "
                    "%s AS documents) AS v WHERE page_id = %s",
                    [*(texts[column][n] for column in texts), page_id],
                )
        expected = written()
        transaction.set_rollback(True)

    bulk.insert_computed(SearchEntry, entries(), "search_vector", PG_VECTOR, texts)
    assert written() == expected
    assert len(expected) == 3
