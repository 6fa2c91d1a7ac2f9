"""The German analysis: word forms, compounds, umlauts, synonyms, typos, stop words."""

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from search.analysis import (
    analyse_query,
    analyse_word,
    fold,
    index_terms,
    query_groups,
    split_compound,
)
from search.models import Synonym

# The database engine's own analysis (a cluster analyses with its own filters).
pytestmark = [pytest.mark.django_db, pytest.mark.database_engine]


@pytest.fixture(autouse=True)
def _no_synonyms(db):
    """Start without the seeded synonym groups; tests add the ones they need."""
    Synonym.objects.all().delete()


def matches(query, text, known=None):
    """Does every query word find one of its terms, or a head-first phrase, in the text?"""
    terms = index_terms(text)
    pairs = set(zip(terms, terms[1:], strict=False))
    groups = analyse_query(query, known)
    return bool(groups) and all(
        set(terms).intersection(group.terms) or pairs.intersection(group.phrases)
        for group in groups
    )


@pytest.mark.parametrize(
    "forms",
    [
        ("Familie", "Familien"),
        ("Kind", "Kinder", "Kindern"),
        ("Befragung", "befragen"),
        ("Managerin", "Manager", "Managerinnen"),
        ("alleinerziehend", "Alleinerziehende", "Alleinerziehenden"),
        ("Kita", "Kitas"),
        ("Jugendhaus", "Jugendhäuser"),
        ("Jugendzentrum", "Jugendzentren"),
    ],
)
def test_word_forms_meet(forms):
    for query in forms:
        for text in forms:
            assert matches(query, text), (query, text)


@pytest.mark.parametrize(
    ("query", "text"),
    [
        ("Betreuung", "Kinderbetreuung in der Gemeinde"),
        ("Betreuung", "Ferienbetreuung im Sommer"),
        ("Angehörigenpflege", "Pflege von Angehörigen"),
        ("Pflege von Angehörigen", "Wegweiser Angehörigenpflege"),
        ("Bildungsbericht", "Die Bildungsberichterstattung des Kreises"),
        ("Zertifikat", "Der Zertifikatskurs beginnt im Oktober"),
        ("Kurs", "Der Zertifikatskurs beginnt im Oktober"),
        ("Gesamtstrategie", "Eine familienpolitische Gesamt-Strategie"),
        ("Strategie", "Eine familienpolitische Gesamt-Strategie"),
        ("Gesamt-Strategie", "unsere Gesamtstrategie"),
        ("Jugendamt", "Das Amt für Jugend"),
        ("Arbeitsgruppe", "Die Arbeitsgruppen trafen sich"),
    ],
)
def test_compounds_both_ways(query, text):
    assert matches(query, text)


def test_a_compound_query_ranks_the_compound_itself_first():
    """The compound's own stem is the match; its parts only score, its head-first phrase matches."""
    group = analyse_query("Kinderbetreuung")[0]
    assert group.terms == ["kinderbetreu"]
    assert set(group.parts) == {"kind", "betreu"}
    assert group.phrases == [("betreu", "kind")]


@pytest.mark.parametrize(
    ("query", "text"),
    [
        ("Ganztag", "Landesweiter Fachtag in Dortmund"),
        ("Ganztag", "Sechs Wochen Ferien, aber nur 30 Tage Urlaub"),
        ("Ganztag", "Sportangebote für die ganze Familie"),
        ("Ganztag", "Wir haben einen ganzen Tag lang diskutiert"),
        ("Familienbüro", "Beratung für Familien im Stadtteil"),
        ("Familienbericht", "Familien berichten von ihren Erfahrungen"),
        ("Kinderbetreuung", "Kinder und Eltern beim Sommerfest"),
    ],
)
def test_compound_parts_alone_are_no_match(query, text):
    """Fewer, better hits: "tag" in "Fachtag" or "Tage" is no "Ganztag"."""
    assert not matches(query, text)


@pytest.mark.parametrize(
    ("word", "parts"),
    [
        ("Kinderbetreuung", ("kinder", "betreuung")),
        ("Zertifikatskurs", ("zertifikats", "kurs")),
        ("Angehörigenpflege", ("angehoerigen", "pflege")),
        ("Schulsozialarbeit", ("schul", "sozial", "arbeit")),
        ("Bildungsberichterstattung", ("bildungs", "bericht", "erstattung")),
        # A verb's stem as the first part, and the short words of family talk.
        ("Leihoma", ("leih", "oma")),
        ("Leihgroßeltern", ("leih", "gross", "eltern")),
        ("Fahrdienst", ("fahr", "dienst")),
    ],
)
def test_compound_splits(word, parts):
    assert split_compound(fold(word)) == parts


@pytest.mark.parametrize(
    "word",
    ["Verwaltung", "Beratung", "Bestand", "Gemeinde", "Erziehung", "Veranstaltung", "Integration"],
)
def test_words_that_only_look_like_compounds_stay_whole(word):
    assert split_compound(fold(word)) == ()
    assert analyse_word(word).extra == ()


def test_no_false_parts_in_kinderbetreuung():
    terms = set(index_terms("Kinderbetreuung"))
    assert not terms & {"ind", "inder", "erbetreu", "treu"}


@pytest.mark.parametrize(
    ("query", "text"),
    [("Strasse", "Straße"), ("Straße", "Strasse"), ("Vaeter", "Väter"), ("Väter", "Vaeter")],
)
def test_umlauts_and_sharp_s(query, text):
    assert matches(query, text)


def test_fold():
    assert fold("Straße") == "strasse"
    assert fold("Väter") == "vaeter"
    assert fold("Elterncafé") == "elterncafe"


def test_questions_and_stop_words_are_dropped():
    groups = query_groups("Wie organisiere ich Ferienbetreuung?")
    assert [group[0] for group in groups] == ["organisi", "ferienbetreu"]
    assert matches("Wie organisiere ich Ferienbetreuung?", "Ferienbetreuung organisieren")
    assert query_groups("Wie und wo gibt es das?") == []
    # A filler verb of questions: "bekommen" says nothing about what a parent looks for.
    groups = query_groups("Wo bekommen Eltern Rat?")
    assert [group[0] for group in groups] == ["elt", "rat"]
    assert query_groups("") == []


def test_repeated_words_count_once():
    assert len(query_groups("Kita Kita Kitas")) == 1


# --- Synonyms ---------------------------------------------------------------------------------


def test_synonyms_from_the_admin_take_effect_at_once():
    assert not matches("Kita", "Betriebsnahe Kindertagesstätte")
    group = Synonym.objects.create(terms="Kita, Kindertagesstätte, Kindertageseinrichtung")
    assert matches("Kita", "Betriebsnahe Kindertagesstätte")
    assert matches("Kindertageseinrichtung", "Drei Kitas öffnen länger")
    group.terms = "Kita, Kindertageseinrichtung"
    group.save()
    assert not matches("Kita", "Betriebsnahe Kindertagesstätte")
    group.delete()
    assert not matches("Kita", "Drei Kindertageseinrichtungen")


def test_multi_word_synonyms():
    Synonym.objects.create(terms="Senioren, ältere Menschen")
    assert matches("Senioren", "Nachbarschaftshilfe für ältere Menschen")
    assert matches("ältere Menschen", "Der Seniorenbeirat tagt")
    assert not matches("Senioren", "Menschen aller Altersgruppen")


def test_synonym_members_match_text_indexed_before_the_group_existed():
    """Single-word members expand the query, so old index entries match too."""
    before = set(index_terms("Das neue Jugendzentrum"))
    Synonym.objects.create(terms="Jugendhaus, Jugendzentrum")
    assert before.intersection(query_groups("Jugendhaus")[0])


# --- Typos ------------------------------------------------------------------------------------


def vocabulary(*texts):
    known = {term for text in texts for term in index_terms(text)}
    return lambda candidates: candidates & known


def test_one_typing_error_in_a_longer_word_still_finds_it():
    known = vocabulary("Kinderbetreuung und Ferienbetreuung", "Schulsozialarbeit")
    assert matches("Kinderbetreeung", "Kinderbetreuung", known)
    assert matches("Kinderbetrueung", "Kinderbetreuung", known)  # swapped letters
    assert matches("Kinderbetreung", "Kinderbetreuung", known)  # missing letter
    assert matches("Schulsozialarbiet", "Schulsozialarbeit", known)


def test_typo_candidates_come_after_the_word_itself():
    known = vocabulary("Kinderbetreuung")
    group = query_groups("Kinderbetreeung", known)[0]
    assert group[0] == "kinderbetree"
    assert group.index("kinderbetreu") > 0


def test_no_typo_guessing_for_known_or_short_words():
    known = vocabulary("Kinder Kind Rat Ort Ferien", "Familie")
    assert query_groups("Familie", known) == query_groups("Familie")
    assert query_groups("Rad", known) == [["rad"]]  # too short to guess "rat"


def test_known_terms_is_asked_at_most_twice():
    calls = []

    def known(candidates):
        calls.append(len(candidates))
        return set()

    query_groups("Kinderbetreeung Ferienbetreeung Jugendzentrumm", known)
    assert len(calls) == 2


# --- Any input --------------------------------------------------------------------------------

TERM = re.compile(r"^[a-z0-9]{1,60}$")


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=300))
def test_any_text_gives_clean_terms(text):
    for term in index_terms(text):
        assert TERM.match(term), term
    groups = query_groups(text, known_terms=lambda candidates: set(list(candidates)[:3]))
    for group in groups:
        assert group
        for term in group:
            assert TERM.match(term), term


def test_long_input_stays_cheap():
    text = "Kinderbetreuung " * 5000 + "x" * 10_000
    terms = index_terms(text)
    assert len(terms) == 5000 * 3 + 1
    assert len(query_groups(text)) == 2


def test_typo_guessing_is_limited_to_three_words():
    calls = []

    def known(candidates):
        calls.append(len(candidates))
        return set()

    words = " ".join(f"Unbekanntwort{letter}" for letter in "abcdefghij")
    query_groups(words, known)
    assert len(calls) == 2
    assert calls[1] <= 3 * 1200


def terms_word_by_word(text):
    """`index_terms` as it was before it kept each word's terms: every word analysed anew."""
    from search.analysis import _synonym_terms, _words, synonym_table

    words = _words(text)
    table = synonym_table()
    stems = [word.primary for word in words]
    terms = []
    for index, word in enumerate(words):
        terms.append(word.primary)
        terms.extend(word.extra)
        if table.single or table.phrases:
            canon = _synonym_terms(stems, index, table)
            for part in word.extra:
                canon.extend(table.single.get(part, ()))
            terms.extend(term for term in dict.fromkeys(canon) if term != word.primary)
    return terms


def test_index_terms_kept_per_word_are_those_of_the_word_by_word_analysis():
    Synonym.objects.create(terms="Kita, Kindertagesstätte")
    Synonym.objects.create(terms="Senioren, ältere Menschen")
    Synonym.objects.create(terms="Jugendhaus, Jugendzentrum")
    text = (
        "Ältere Menschen besuchen die Kita; die Kindertagesstätte lädt ältere Nachbarn ein. "
        "Im Jugendzentrum treffen sich Senioren und ältere Menschen, Kita-Kinder und Jugendhaus."
    )
    first, second = index_terms(text), index_terms(text)  # the second from the kept terms
    assert first == second == terms_word_by_word(text)
    assert "kita" in first and "alt" in first


PHRASE_WORDS = [
    "Ältere",
    "ältere",
    "Menschen",
    "Senioren",
    "Kita",
    "Kita-Kinder",
    "Kindertagesstätte",
    "Jugendhaus",
    "Jugendzentrum",
    "die",
    "und",
    "Familie",
    "Beruf",
    "Familie-und-Beruf",
    "Nachbarn",
    "ÄLTERE",
    "Straße",
    ",",
    ".",
    "–",
    "?",
    "älteren",
    "Menschen.",
]


@settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.lists(st.sampled_from(PHRASE_WORDS) | st.text(max_size=12), max_size=30))
def test_index_terms_kept_per_token_equal_the_word_by_word_analysis(pieces):
    """Phrase starts, stop words, hyphens and noise between them: the same terms in order."""
    if not Synonym.objects.exists():
        Synonym.objects.create(terms="Kita, Kindertagesstätte")
        Synonym.objects.create(terms="Senioren, ältere Menschen")
        Synonym.objects.create(terms="Vereinbarkeit, Familie und Beruf")
    text = " ".join(pieces)
    assert index_terms(text) == index_terms(text) == terms_word_by_word(text)
