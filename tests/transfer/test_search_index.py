"""Bulk search indexing after an import: the fast PostgreSQL path writes what modelsearch would."""

import pytest
from django.db import connection
from modelsearch.backends import get_search_backend

from knowledge.models import PracticeProjectPage
from transfer.importer import import_file
from transfer.search_index import add_postgres_items, with_related

from .conftest import csv_bytes, project_row

pytestmark = pytest.mark.django_db


def index_rows(model, ids):
    from modelsearch.backends.database.postgres.postgres import IndexEntry

    return sorted(
        IndexEntry.objects.filter(object_id__in=[str(pk) for pk in ids])
        .extra(select={"t": "title::text", "a": "autocomplete::text", "b": "body::text"})
        .values_list("content_type_id", "object_id", "t", "a", "b", "title_text", "body_text")
    )


@pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL search index only")
def test_fast_postgres_rows_equal_modelsearch_rows(projects_index):
    rows = [
        project_row(),
        # Other sections filled, no course, other themes: vectors of another shape.
        project_row(
            title="Familienbüro im Rathaus",
            municipality="Herne",
            kreis="",
            course="",
            body="Ausgangslage\n\nViele Fragen.\n\nErgebnisse\n\nEin Büro.",
            themes="Bildung",
        ),
    ]
    assert import_file("projekte.csv", csv_bytes(rows), publish=True).ok
    ids = list(PracticeProjectPage.objects.values_list("pk", flat=True))
    pages = list(with_related(PracticeProjectPage, PracticeProjectPage.objects.all()))
    index = get_search_backend().get_index_for_model(PracticeProjectPage)

    add_postgres_items(index, PracticeProjectPage, pages)
    fast = index_rows(PracticeProjectPage, ids)
    index.add_items(PracticeProjectPage, pages)
    stock = index_rows(PracticeProjectPage, ids)

    assert len(fast) == 2
    assert fast == stock
