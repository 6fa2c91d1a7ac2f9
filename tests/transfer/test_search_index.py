"""Bulk search indexing after an import: the fast paths write what modelsearch would."""

import threading

import pytest
from django.db import connection, transaction
from modelsearch.backends import get_search_backend

from knowledge.models import PracticeProjectPage
from transfer.importer import import_file
from transfer.search_index import (
    add_postgres_items,
    add_sqlite_items,
    beside,
    index_pages,
    with_related,
)

from .conftest import csv_bytes, project_row

pytestmark = pytest.mark.django_db


def index_rows(model, ids):
    from modelsearch.backends.database.postgres.postgres import IndexEntry

    return sorted(
        IndexEntry.objects.filter(object_id__in=[str(pk) for pk in ids])
        .extra(select={"t": "title::text", "a": "autocomplete::text", "b": "body::text"})
        .values_list("content_type_id", "object_id", "t", "a", "b", "title_text", "body_text")
    )


# Other sections filled, no course, other themes: vectors of another shape.
OTHER_SHAPE = {
    "title": "Familienbüro im Rathaus",
    "municipality": "Herne",
    "kreis": "",
    "course": "",
    "body": "Ausgangslage\n\nViele Fragen.\n\nErgebnisse\n\nEin Büro.",
    "themes": "Bildung",
}


def imported_pages():
    rows = [
        project_row(),
        project_row(**OTHER_SHAPE),
    ]
    assert import_file("projekte.csv", csv_bytes(rows), publish=True).ok
    ids = list(PracticeProjectPage.objects.values_list("pk", flat=True))
    pages = list(with_related(PracticeProjectPage, PracticeProjectPage.objects.all()))
    return ids, pages


@pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL search index only")
def test_fast_postgres_rows_equal_modelsearch_rows(projects_index):
    ids, pages = imported_pages()
    index = get_search_backend().get_index_for_model(PracticeProjectPage)

    add_postgres_items(index, PracticeProjectPage, pages)
    fast = index_rows(PracticeProjectPage, ids)
    index.add_items(PracticeProjectPage, pages)
    stock = index_rows(PracticeProjectPage, ids)

    assert len(fast) == 2
    assert fast == stock


@pytest.mark.skipif(connection.vendor != "sqlite", reason="SQLite search index only")
def test_fast_sqlite_rows_equal_modelsearch_rows(projects_index):
    from modelsearch.backends.database.sqlite.sqlite import IndexEntry

    ids, pages = imported_pages()
    index = get_search_backend().get_index_for_model(PracticeProjectPage)
    entries = IndexEntry.objects.filter(object_id__in=[str(pk) for pk in ids])
    columns = ("content_type_id", "object_id", "title", "autocomplete", "body", "title_norm")

    entries.delete()
    add_sqlite_items(index, PracticeProjectPage, pages)  # inserts
    inserted = sorted(entries.values_list(*columns))
    add_sqlite_items(index, PracticeProjectPage, pages)  # updates
    updated = sorted(entries.values_list(*columns))
    entries.delete()
    index.add_items(PracticeProjectPage, pages)
    stock = sorted(entries.values_list(*columns))

    assert len(stock) == 2
    assert "Familienbüro" in stock[1][2] + stock[0][2]
    assert inserted == updated == stock


def index_state(ids):
    """Everything the search indexes hold (the test database has no other pages): modelsearch's
    entries and the site search's entries, texts, facets, postings, full-text rows, terms."""
    from search.models import SearchEntry, SearchEntryTag, SearchEntryText, SearchTerm

    if connection.vendor == "postgresql":
        modelsearch = index_rows(PracticeProjectPage, ids)
        fulltext = "SELECT page_id, search_vector::text FROM search_searchentry"
    else:
        from modelsearch.backends.database.sqlite.sqlite import IndexEntry as SQLiteEntry

        modelsearch = sorted(
            SQLiteEntry.objects.filter(object_id__in=[str(pk) for pk in ids]).values_list(
                "content_type_id", "object_id", "title", "autocomplete", "body", "title_norm"
            )
        )
        fulltext = "SELECT rowid, title, summary, meta, body, documents FROM search_fts"
    with connection.cursor() as cursor:
        cursor.execute(fulltext)
        fulltext_rows = sorted(cursor.fetchall())
        cursor.execute("SELECT term, page_id, impact FROM search_searchposting")
        postings = sorted(cursor.fetchall())
    return {
        "modelsearch": modelsearch,
        "entries": list(SearchEntry.objects.order_by("page_id").values()),
        "texts": list(SearchEntryText.objects.order_by("pk").values()),
        "tags": sorted(SearchEntryTag.objects.values_list("entry_id", "facet", "slug", "label")),
        "fulltext": fulltext_rows,
        "postings": postings,
        "terms": sorted(SearchTerm.objects.values_list("term", "doc_count")),
    }


@pytest.mark.parametrize("publish", [True, False])
def test_new_pages_are_indexed_from_memory_as_from_the_database(projects_index, publish):
    rows = [
        # Themes and target groups in another order than the vocabulary's: the index has
        # them in the vocabulary's order, as a query returns them.
        project_row(
            themes="vereinbarkeit-von-familie-und-beruf; Kinderbetreuung",
            target_groups="Schulkinder; Alleinerziehende",
        ),
        project_row(**OTHER_SHAPE),
    ]
    assert import_file("projekte.csv", csv_bytes(rows), publish=publish).ok
    ids = list(PracticeProjectPage.objects.values_list("pk", flat=True))
    from_memory = index_state(ids)

    index_pages(PracticeProjectPage, ids)  # read back from the database
    from_database = index_state(ids)

    assert len(from_memory["modelsearch"]) == 2
    assert len(from_memory["entries"]) == (2 if publish else 0)
    assert from_memory == from_database


@pytest.mark.django_db(transaction=True)
def test_import_outside_a_transaction_fills_both_indexes(projects_index, client):
    """Outside a transaction, on PostgreSQL, the admin's index is written in a second thread
    beside the site's index (`beside`): both hold the pages when the import returns."""
    rows = [project_row(), project_row(**OTHER_SHAPE)]
    assert import_file("projekte.csv", csv_bytes(rows), publish=True).ok
    admin_hits = PracticeProjectPage.objects.search("Familienbüro")
    assert [page.title for page in admin_hits] == ["Familienbüro im Rathaus"]
    response = client.get("/api/search/", {"q": "Familienbüro"}).json()
    assert [hit["title"] for hit in response["results"]] == ["Familienbüro im Rathaus"]


@pytest.mark.django_db(transaction=True)
def test_beside_uses_a_second_thread_only_where_committed_pages_are_visible():
    threads = []
    with beside(lambda: threads.append(threading.current_thread())):
        pass
    inline = threads == [threading.current_thread()]
    assert inline is (connection.vendor != "postgresql")
    with transaction.atomic(), beside(lambda: threads.append(threading.current_thread())):
        pass
    assert threads[-1] is threading.current_thread()


@pytest.mark.django_db(transaction=True)
def test_beside_raises_what_the_function_raised():
    def broken():
        raise ValueError("kaputt")

    with pytest.raises(ValueError, match="kaputt"), beside(broken):
        pass


@pytest.mark.django_db(transaction=True)
def test_beside_keeps_the_callers_pin_to_the_primary_database():
    """A replica may lag behind the import: the second thread reads where the caller reads."""
    from operations.db_router import is_pinned, pin_to_primary, unpin

    seen = []
    pin_to_primary()
    try:
        with beside(lambda: seen.append(is_pinned())):
            pass
    finally:
        unpin()
    assert seen == [True]


def test_relations_in_memory_are_read_without_a_query(projects_index, django_assert_num_queries):
    """The site index takes an imported page's themes and target groups from memory."""
    from search.registry import related_data
    from transfer.search_index import as_loaded

    rows = [project_row(themes="Kinderbetreuung; Bildung", target_groups="Schulkinder")]
    assert import_file("projekte.csv", csv_bytes(rows), publish=True).ok
    page = PracticeProjectPage.objects.get()
    from_database = related_data([page])
    related = {
        "themes": list(page.themes.all()),
        "keywords": list(page.keywords.all()),
        "target_groups": list(page.target_groups.all()),
    }
    loaded = as_loaded(PracticeProjectPage.objects.get(), related)

    with django_assert_num_queries(0):
        from_memory = related_data([loaded])

    assert from_memory == from_database
    assert len(from_memory[page.pk]["themes"]) == 2
    assert from_memory[page.pk]["target_groups"] == [("schulkinder", "Schulkinder")]
