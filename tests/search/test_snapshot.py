"""A process's snapshot of the index follows every change as if it had loaded it afresh."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from search import snapshot
from search.models import SearchEntry
from tests.builders import add_project, restrict_to_login

pytestmark = [pytest.mark.django_db, pytest.mark.database_engine]

WORDS = ["Familie", "Ferienbetreuung", "Pflege", "Zülpich", "Rathaus"]
PREFIXES = [([], "fer"), ([], "fam"), (["ferienbetreu"], "schul"), ([], "zul"), ([], "lese")]


def kept(state, cursor):
    """What a search reads of a snapshot, comparable between two of them."""
    entries = sorted(SearchEntry.objects.values_list("page_id", flat=True))
    postings = state.postings(
        [word for group in map(snapshot_terms, WORDS) for word in group], cursor
    )
    titles = state.titles(cursor)
    return {
        "masks": state.masks,
        "everything": state.everything,
        "total": state.total,
        "newest": list(state.newest),
        "kinds": [state.kinds[state.kind_of[pk]] for pk in entries],
        "sort keys": [state.sort_key[pk] for pk in entries],
        "expiring": sorted(state.expiring),
        "postings": {
            term: (value.mask, value.impacts(entries)) for term, value in postings.items()
        },
        "suggestions": [
            titles.find(words, prefix, lambda pk: True, 6, state.newer)
            for words, prefix in PREFIXES
        ],
    }


def snapshot_terms(word):
    from search.analysis import analyse_word

    return [analyse_word(word).primary]


def test_a_patched_snapshot_equals_one_loaded_afresh(
    client, sections, projects, django_capture_on_commit_callbacks
):
    for word in WORDS:
        client.get("/api/search/", {"q": word})
    client.get("/api/search/suggest", {"q": "fer"})
    with django_capture_on_commit_callbacks(execute=True):
        add_project(sections["projects"], title="Lesepaten in Zülpich", themes=["bildung"])
        edited = projects[1]
        edited.title = "Familienbüro und Ferienbetreuung im Rathaus"
        edited.themes.add(*projects[0].themes.all())
        edited.save_revision().publish()
        projects[2].unpublish()
        restrict_to_login(projects[0])
    cursor = connection.cursor()
    with CaptureQueriesContext(connection) as queries:
        patched = snapshot.current(cursor)
    # Patched, not loaded again: only the changed entries were read.
    assert not any(q["sql"].endswith("FROM search_searchentry") for q in queries.captured_queries)
    fresh = snapshot.load(cursor, patched.token, patched.version)
    assert kept(patched, cursor) == kept(fresh, cursor)
    # And searches read the patched snapshot: the edited title is found, the removed page not.
    assert client.get("/api/search/", {"q": "Rathaus Ferienbetreuung"}).json()["count"] == 1
    found = client.get("/api/search/", {"q": "Pflege Angehörigen"}).json()["results"]
    assert "Pflege von Angehörigen" not in [hit["title"] for hit in found]
