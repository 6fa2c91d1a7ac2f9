"""The top hits read from the heaviest postings equal what scoring every match gives."""

import io

import pytest
from django.contrib.auth.models import AnonymousUser
from django.core.management import call_command
from django.db import connection
from django.utils import timezone

from search import engine, ranking, registry, snapshot, topk

QUERIES = [
    "Familie",
    "Kinder Eltern",
    "Netzwerk Verwaltung Jugendamt",
    "Wie organisiere ich Ferienbetreuung für Schulkinder?",
    "Ferienbetreuung Rosendahl",
]
FILTERS = [engine.Filters(), engine.Filters(themes=["kinderbetreuung"])]

pytestmark = pytest.mark.database_engine


@pytest.fixture
def generated(home_page):
    call_command("generate_practice_projects", 200, stdout=io.StringIO())


def ranker(query, filters):
    cursor = connection.cursor()
    state = snapshot.current(cursor)
    groups = engine.analyse(query)
    weighted = engine._weighted_terms(groups, state)
    matches, postings = engine.matching(cursor, state, groups, weighted)
    visible = engine.allowed(cursor, state, filters, AnonymousUser(), timezone.now())
    return topk.Ranker(
        cursor,
        weighted,
        len(groups),
        matches & visible,
        state,
        registry.kind_weights(),
        postings,
        (matches & visible).bit_count() / matches.bit_count(),
    )


def every_score(query, filters):
    """{page id: score} of every match, scored one by one: the reference."""
    every = ranker(query, filters)
    page_ids = snapshot.members(every.matches)
    scores = ranking.scores(page_ids, every.lookups, every.groups)
    kinds = [every.kind_weight[every.snapshot.kind_of[pk]] for pk in page_ids]
    return {pk: score * kind for pk, score, kind in zip(page_ids, scores, kinds, strict=True)}


@pytest.mark.django_db
def test_threshold_search_without_tolerance_finds_the_exact_top(generated, monkeypatch):
    monkeypatch.setattr(topk, "DIRECT", 0)
    monkeypatch.setattr(topk, "TOLERANCE", 0.0)
    for query in QUERIES:
        for filters in FILTERS:
            expected = sorted(every_score(query, filters).values(), reverse=True)
            for k in (1, 10, 30):
                found = ranker(query, filters)
                top = found.top(k)
                assert [round(found.scores[pk], 6) for pk in top] == [
                    round(score, 6) for score in expected[:k]
                ], (query, filters, k)
                assert found.gap == 0.0


@pytest.mark.django_db
def test_with_tolerance_no_page_left_out_scores_more_than_the_gap(generated, monkeypatch):
    monkeypatch.setattr(topk, "DIRECT", 0)
    for query in QUERIES:
        scores = every_score(query, engine.Filters())
        found = ranker(query, engine.Filters())
        top = found.top(10)
        assert len(top) == min(10, len(scores)) and len(set(top)) == len(top)
        assert found.gap <= topk.TOLERANCE / (1 - topk.TOLERANCE)
        kth = scores[top[-1]]
        left_out = [score for pk, score in scores.items() if pk not in top]
        assert max(left_out) <= kth * (1 + found.gap), query
        # What is shown is in order of the exact scores.
        assert [scores[pk] for pk in top] == sorted((scores[pk] for pk in top), reverse=True)


@pytest.mark.django_db
def test_the_process_keeps_postings_within_its_budget(generated, monkeypatch):
    monkeypatch.setattr(snapshot, "TERM_CACHE_BYTES", 4000)
    state = snapshot.current(connection.cursor())
    for query in ["Familie", "Pflege", "Jugend", "Eltern", "Netzwerk", "Verwaltung", "Schule"]:
        engine.run(query, engine.Filters(), AnonymousUser())
    assert state._term_bytes <= 4000 or len(state._terms) == 1
    assert engine.run("Familie", engine.Filters(), AnonymousUser()).count > 0
