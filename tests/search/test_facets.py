"""Facet counts follow every write; the database engine counts them on bit masks per process."""

import itertools
from collections import Counter

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from search import facets
from search.models import SearchEntry
from tests.builders import add_project

MASK_LOAD = "SELECT page_id, kind, sort_key, facet_codes, expire_at FROM search_searchentry"


def theme_counts(client):
    groups = {g["name"]: g for g in client.get("/suche/").context["facet_groups"]}
    return {item["label"]: item["count"] for item in groups["thema"]["items"]}


def mask_loads(client, **params):
    with CaptureQueriesContext(connection) as queries:
        assert client.get("/api/search/", params).status_code == 200
    return sum(query["sql"].strip() == MASK_LOAD for query in queries.captured_queries)


@pytest.mark.django_db
def test_counts_follow_publish_edit_and_unpublish(
    client, sections, projects, django_capture_on_commit_callbacks
):
    assert theme_counts(client) == {"Kinderbetreuung": 1, "Bildung": 1}
    with django_capture_on_commit_callbacks(execute=True):
        page = add_project(sections["projects"], title="Kita-Plätze", themes=["kinderbetreuung"])
    assert theme_counts(client) == {"Kinderbetreuung": 2, "Bildung": 1}

    page.themes.set([])
    page.themes.add(*projects[1].themes.all())
    with django_capture_on_commit_callbacks(execute=True):
        page.save_revision().publish()
    assert theme_counts(client) == {"Kinderbetreuung": 1, "Bildung": 2}

    with django_capture_on_commit_callbacks(execute=True):
        page.unpublish()
    assert theme_counts(client) == {"Kinderbetreuung": 1, "Bildung": 1}


@pytest.mark.django_db
@pytest.mark.database_engine
def test_masks_load_once_and_follow_changes_without_loading_again(
    client, sections, projects, django_capture_on_commit_callbacks
):
    mask_loads(client, q="Familie")
    assert mask_loads(client, q="Familie") == 0
    assert mask_loads(client, q="Pflege", jahr="2014") == 0
    with django_capture_on_commit_callbacks(execute=True):
        add_project(sections["projects"], title="Familienpass")
    assert mask_loads(client, q="Familie") == 0
    assert client.get("/api/search/", {"q": "Familienpass"}).json()["count"] == 1
    facets.index_cleared()
    assert mask_loads(client, q="Familie") == 1


@pytest.mark.django_db
@pytest.mark.database_engine
def test_mask_counts_equal_counting_codes_one_by_one(projects):
    entries = dict(SearchEntry.objects.values_list("page_id", "facet_codes"))
    with connection.cursor() as cursor:
        for size in range(len(entries) + 1):
            for chosen in itertools.combinations(entries, size):
                expected = Counter(code for pk in chosen for code in entries[pk].split())
                assert facets.count(list(chosen), cursor) == dict(expected)
