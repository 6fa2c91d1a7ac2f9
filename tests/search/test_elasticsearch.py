"""The Elasticsearch settings carry the German analysis (no cluster needed for these checks)."""

import json

import pytest

from search.elasticsearch import (
    GermanElasticsearch8SearchBackend,
    decompound_words,
    es_normalise,
    index_settings,
    synonym_rules,
)
from search.models import Synonym

BUILT_IN_FILTERS = {"lowercase", "german_normalization"}


def test_settings_are_valid_json_and_every_filter_is_defined():
    settings = index_settings(groups=[["Kita", "Kindertagesstätte"]])
    json.dumps(settings)
    analysis = settings["settings"]["analysis"]
    defined = set(analysis["filter"]) | BUILT_IN_FILTERS
    for name in ("default", "default_search"):
        analyzer = analysis["analyzer"][name]
        assert analyzer["type"] == "custom"
        assert analyzer["tokenizer"] == "standard"
        assert set(analyzer["filter"]) <= defined
        assert analyzer["filter"][0] == "lowercase"
        assert analyzer["filter"][-1] == "german_stemmer"
        # Umlauts are normalised before the word list is consulted (its words are normalised).
        assert analyzer["filter"].index("german_normalization") < analyzer["filter"].index(
            "german_decompounder"
        )
    assert analysis["filter"]["german_stemmer"]["language"] == "light_german"
    assert analysis["filter"]["german_synonyms_graph"]["type"] == "synonym_graph"


def test_synonyms_are_included_as_solr_lines():
    settings = index_settings(
        groups=[["Kita", "Kindertagesstätte"], ["Senioren", "ältere Menschen"]]
    )
    rules = settings["settings"]["analysis"]["filter"]["german_synonyms"]["synonyms"]
    assert rules == ["kita, kindertagesstätte", "senioren, ältere menschen"]


def test_synonym_lines_cannot_be_broken_by_editors_input():
    rules = synonym_rules(
        [["a => b", "c\\d", "x#y"], ["nur ein Begriff"], ["  Doppelt ", "doppelt"]]
    )
    assert rules == ["a b, c d, x y"]


@pytest.mark.django_db
def test_the_domain_synonyms_are_seeded():
    rules = index_settings()["settings"]["analysis"]["filter"]["german_synonyms"]["synonyms"]
    assert any(rule.startswith("kita, kindertagesstätte") for rule in rules)
    assert any("jugendhaus, jugendzentrum" in rule for rule in rules)
    assert any("senioren, ältere menschen" in rule for rule in rules)


@pytest.mark.django_db
def test_synonyms_come_from_the_editors_groups():
    Synonym.objects.all().delete()
    Synonym.objects.create(terms="Jugendhaus, Jugendzentrum")
    rules = index_settings()["settings"]["analysis"]["filter"]["german_synonyms"]["synonyms"]
    assert rules == ["jugendhaus, jugendzentrum"]


@pytest.mark.django_db
def test_without_synonyms_the_chain_has_no_synonym_filter():
    Synonym.objects.all().delete()
    analysis = index_settings()["settings"]["analysis"]
    assert "german_synonyms" not in analysis["filter"]
    assert analysis["analyzer"]["default"]["filter"][1] == "german_stop"


def test_word_list_holds_real_parts_not_fragments():
    words = set(decompound_words())
    for part in ("kinder", "betreuung", "pflege", "bildung", "zertifikat", "kurs", "familien"):
        assert es_normalise(part) in words, part
    assert "angehorigen" in words or "angehorige" in words
    for fragment in ("inder", "ver", "ung", "chen", "und"):
        assert fragment not in words
    assert 500 < len(words) < 20_000


@pytest.mark.django_db
def test_backend_merges_the_german_settings():
    backend = GermanElasticsearch8SearchBackend(
        {
            "URLS": ["http://127.0.0.1:9"],
            "INDEX_PREFIX": "famnrw_",
            "INDEX_SETTINGS": {"settings": {"index": {"number_of_shards": 1}}},
        }
    )
    analysis = backend.settings["settings"]["analysis"]
    assert "default" in analysis["analyzer"]
    assert "ngram_analyzer" in analysis["analyzer"]  # Wagtail's own analyzers stay
    assert backend.settings["settings"]["index"]["number_of_shards"] == 1


def test_normalisation_matches_lucenes_german_normalization():
    assert es_normalise("vaeter") == "vater"
    assert es_normalise("angehoerigen") == "angehorigen"
    assert es_normalise("betreuung") == "betreuung"  # "eu" is no umlaut
    assert es_normalise("quelle") == "quelle"
