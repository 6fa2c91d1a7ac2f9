"""The cluster's index definition: German analysis, word list, synonym rules, documents.

These need no cluster; tests/search/test_engine_*.py run them against a real node.
"""

import json

import pytest

from search.backends.schema import (
    decompound_words,
    documents,
    index_body,
    normalise,
    synonym_rules,
)
from search.models import Synonym

BUILT_IN_FILTERS = {"lowercase", "german_normalization", "remove_duplicates"}


def rules_of(body):
    return body["settings"]["analysis"]["filter"]["german_synonyms"]["synonyms"]


def test_settings_are_valid_json_and_every_filter_is_defined():
    body = index_body(groups=[["Kita", "Kindertagesstätte"]])
    json.dumps(body)
    analysis = body["settings"]["analysis"]
    defined = set(analysis["filter"]) | BUILT_IN_FILTERS
    for name, analyzer in analysis["analyzer"].items():
        assert analyzer["tokenizer"] == "standard", name
        assert set(analyzer["filter"]) <= defined, name
        assert analyzer["filter"][0] == "lowercase", name
    german = analysis["analyzer"]["german"]["filter"]
    assert german[-2:] == ["german_stemmer", "remove_duplicates"]
    # Umlauts are normalised before the word list is consulted (its words are normalised).
    assert german.index("german_normalization") < german.index("german_decompounder")
    assert analysis["filter"]["german_stemmer"]["language"] == "light_german"
    assert analysis["filter"]["german_synonyms"]["type"] == "synonym_graph"
    # Synonyms only at search time: no field indexes with them, so changing them needs no reindex.
    for field in body["mappings"]["properties"].values():
        assert field.get("analyzer") != "german_synonyms"


def test_one_word_synonyms_are_included_as_solr_lines():
    """Multi-word synonyms stay out: they would give each word of a group its own rarity (the
    query adds them, see test_engine_search)."""
    body = index_body(
        groups=[["Kita", "Kindertagesstätte"], ["Senioren", "Hochbetagte", "ältere Menschen"]]
    )
    assert rules_of(body) == ["kita, kindertagesstätte", "senioren, hochbetagte"]


def test_synonym_lines_cannot_be_broken_by_editors_input():
    """Rule syntax in a term splits it into words: a multi-word term, which stays out."""
    rules = synonym_rules(
        [["a => b", "c\\d", "x#y", "Kita", "Krippe"], ["nur ein Begriff"], [" Doppelt ", "doppelt"]]
    )
    assert rules == ["kita, krippe"]


@pytest.mark.django_db
def test_the_domain_synonyms_are_seeded():
    rules = rules_of(index_body())
    assert any(rule.startswith("kita, kindertagesstätte") for rule in rules)
    assert any("jugendhaus, jugendzentrum" in rule for rule in rules)
    assert any("senioren, seniorinnen, hochbetagte" in rule for rule in rules)


@pytest.mark.django_db
def test_synonyms_come_from_the_editors_groups():
    Synonym.objects.all().delete()
    Synonym.objects.create(terms="Jugendhaus, Jugendzentrum")
    assert rules_of(index_body()) == ["jugendhaus, jugendzentrum"]


@pytest.mark.django_db
def test_without_synonyms_the_filter_stays_valid():
    """The filter must exist for a later change of the settings; one rule that matches nothing."""
    Synonym.objects.all().delete()
    (rule,) = rules_of(index_body())
    assert len(set(rule.split(", "))) == 1


def test_word_list_holds_real_parts_not_fragments():
    words = set(decompound_words())
    for part in ("kinder", "betreuung", "pflege", "bildung", "zertifikat", "kurs", "familien"):
        assert normalise(part) in words, part
    assert "angehorigen" in words or "angehorige" in words
    for fragment in ("inder", "ver", "ung", "chen", "und"):
        assert fragment not in words
    assert 500 < len(words) < 20_000


def test_normalisation_matches_lucenes_german_normalization():
    assert normalise("vaeter") == "vater"
    assert normalise("angehoerigen") == "angehorigen"
    assert normalise("betreuung") == "betreuung"  # "eu" is no umlaut
    assert normalise("quelle") == "quelle"


@pytest.mark.django_db
def test_documents_come_from_the_database_index(projects, places, sections, member):
    from tests.builders import add_project, restrict_to_login

    places["driburg"].latitude, places["driburg"].longitude = 51.733889, 9.021111
    places["driburg"].save()
    secret = add_project(sections["projects"], title="Interne Auswertung", summary="Vertraulich.")
    restrict_to_login(secret)
    from search.indexing import index_page

    index_page(secret)
    docs = documents([projects[0].pk, secret.pk, 999_999])
    assert set(docs) == {projects[0].pk, secret.pk}  # no entry, no document
    doc = docs[projects[0].pk]
    assert doc["title"] == "Ferienbetreuung für Schulkinder"
    assert "Kinderbetreuung" in doc["meta"] and "Bad Driburg" in doc["meta"]
    assert "Vereinen" in doc["body"] and "<b>" not in doc["body"]
    assert (doc["typ"], doc["kommune"], doc["kreis"], doc["jahr"]) == (
        "praxisprojekt",
        "bad-driburg",
        "kreis-hoexter",
        2010,
    )
    assert doc["thema"] == ["kinderbetreuung"] and doc["zielgruppe"] == ["alleinerziehende"]
    assert doc["location"] == {"lat": 51.733889, "lon": 9.021111}
    assert "Ferienbetreuung" in doc["spell"]
    # A restricted page's words never feed "Meinten Sie …?".
    hidden = docs[secret.pk]
    assert hidden["public"] is False and hidden["spell"] == ""
    assert hidden["path"].startswith(sections["projects"].path)
    json.dumps(docs)
