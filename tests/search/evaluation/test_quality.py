"""The search finds what German queries mean: recall@10, MRR and zero hits on our own set."""

import pytest

from search.analysis import synonyms_changed

from .harness import engine_search, evaluate, load_corpus

RECALL, MRR, ZERO_HITS = 0.90, 0.85, 1


@pytest.fixture(scope="module")
def corpus(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        from django.db import transaction

        # A module-wide savepoint: the corpus is built once and rolled back at the end.
        atomic = transaction.atomic()
        atomic.__enter__()
        try:
            yield load_corpus()
        finally:
            transaction.set_rollback(True)
            atomic.__exit__(None, None, None)
            # The rollback removed the synonyms without signals: forget the cached table.
            synonyms_changed()


@pytest.mark.django_db
def test_site_search_meets_the_targets(corpus):
    figures = evaluate(engine_search(), corpus)
    print(figures.line("site search"), figures.misses)
    assert figures.recall >= RECALL, figures.misses
    assert figures.mrr >= MRR, figures.misses
    assert figures.zero_hits <= ZERO_HITS, figures.misses
