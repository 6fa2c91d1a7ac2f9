"""Strangers' input on the page and the API (hypothesis), query counts as results grow."""

import io

import pytest
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from search import engine, snapshot
from search.analysis import MAX_WORD, TYPO_MAX_LENGTH, query_groups, spelling_variants
from search.forms import MAX_QUERY_LENGTH

FAST = settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
PARAMETERS = ["q", "thema", "typ", "kommune", "kreis", "jahr", "zielgruppe", "sortierung", "seite"]

texts = st.one_of(
    st.text(max_size=200),
    st.text(alphabet=st.sampled_from("\"'\\()[]{}*-+^:~ \x00ANDORNOTnear"), max_size=50),
    st.lists(
        st.sampled_from(["Familie", "für", "AND", '"', "Kinder*", "-x", "NEAR"]), max_size=1000
    ).map(lambda words: " ".join(words)[:MAX_QUERY_LENGTH]),
)


@pytest.mark.django_db
@FAST
@given(query=texts)
def test_any_query_answers_200_on_page_and_api(client, projects, query):
    assert client.get("/suche/", {"q": query}).status_code == 200
    assert client.get("/api/search/", {"q": query}).status_code == 200
    assert client.get("/api/search/suggest", {"q": query[:200]}).status_code == 200


@pytest.mark.django_db
@FAST
@given(params=st.dictionaries(st.sampled_from(PARAMETERS), st.text(max_size=30), max_size=4))
def test_any_parameters_answer_200_or_400(client, projects, params):
    for url in ("/suche/", "/api/search/"):
        response = client.get(url, params)
        assert response.status_code in (200, 400), (url, params)
        if response.status_code == 400 and url == "/api/search/":
            assert response.json()["errors"]


# Long runs of letters (with umlauts and ligatures, which folding lengthens), hyphen chains and
# many unknown words: what took a worker 15-30 s and a gigabyte before words were capped.
long_queries = st.integers(min_value=1, max_value=MAX_QUERY_LENGTH).flatmap(
    lambda length: st.one_of(
        st.text(alphabet="abcxyzäöüßﬃ", min_size=length, max_size=length),
        st.text(alphabet="abcdefghijklmnopqrstuvwxyz- ", min_size=length, max_size=length),
        st.just(("Xylophonunterricht " * length)[:length]),
    )
)


@pytest.mark.django_db
@FAST
@given(query=long_queries)
def test_queries_up_to_the_forms_limit_answer_200(client, projects, query):
    """Speed and memory of these are measured in benchmarks/hostile_search.py."""
    assert client.get("/suche/", {"q": query}).status_code == 200
    assert client.get("/api/search/", {"q": query}).status_code == 200


@pytest.mark.django_db
def test_a_query_over_the_limit_is_refused_in_german(client, projects):
    query = "x" * (MAX_QUERY_LENGTH + 1)
    response = client.get("/suche/", {"q": query})
    assert response.status_code == 400
    assert "Die Suchanfrage ist zu lang (höchstens 500 Zeichen)." in response.content.decode()
    response = client.get("/api/search/", {"q": query})
    assert response.status_code == 400
    assert response.json()["errors"] == ["Die Suchanfrage ist zu lang (höchstens 500 Zeichen)."]


@pytest.mark.django_db
def test_analysis_cuts_words_before_any_work(projects):
    groups = query_groups("ä" * 20_000, engine.known_terms)
    assert groups and all(len(term) <= MAX_WORD for group in groups for term in group)
    assert spelling_variants("x" * (TYPO_MAX_LENGTH + 1)) == ()
    assert len(spelling_variants("x" * TYPO_MAX_LENGTH)) > 0


@pytest.mark.django_db
def test_did_you_mean_looks_up_a_bounded_number_of_variants(projects):
    """32 unknown words of 30 letters: three are corrected at most, in a few lookups."""
    words = ["".join(chr(97 + (i * 7 + j) % 26) for j in range(TYPO_MAX_LENGTH)) for i in range(32)]
    with connection.cursor() as cursor:
        snapshot.current(cursor)  # the process's snapshot of the index, loaded once
    with CaptureQueriesContext(connection) as context:
        assert engine.did_you_mean(" ".join(words)) == ""
    assert len(context.captured_queries) <= 7  # the index version, then the lookups
    with CaptureQueriesContext(connection) as context:
        assert engine.did_you_mean("Pflge") == "Pflege"  # keeps the capital
    assert len(context.captured_queries) == 2
    with CaptureQueriesContext(connection) as context:
        assert engine.did_you_mean("Pflge") == "Pflege"
    assert len(context.captured_queries) == 1  # the variants' counts kept for this version


def query_count(client, url, params):
    client.get(url, params)  # warm: caches filled, today's log row exists
    with CaptureQueriesContext(connection) as context:
        assert client.get(url, params).status_code == 200
    return len(context.captured_queries)


@pytest.mark.django_db
def test_query_counts_stay_flat_as_results_grow(client, home_page):
    call_command("generate_practice_projects", 5, stdout=io.StringIO())
    cases = [
        ("/suche/", {"q": "Familien Kinder Netzwerk"}),
        ("/suche/", {}),
        ("/suche/", {"q": "Ferienbetreuung", "thema": "kinderbetreuung"}),
        ("/api/search/", {"q": "Familien Kinder Netzwerk"}),
        ("/api/search/suggest", {"q": "fa"}),
    ]
    small = [query_count(client, url, params) for url, params in cases]
    call_command("generate_practice_projects", 45, stdout=io.StringIO())
    large = [query_count(client, url, params) for url, params in cases]
    assert small == large
    assert max(large) <= 12
