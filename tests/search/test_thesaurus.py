"""Meaning beyond the author's words: thesaurus expansions, weaker than the words typed."""

import logging

import pytest

from search import thesaurus
from search.analysis import analyse_query, synonym_table
from tests.builders import add_project, municipality, ranked_titles

SETS = """# OpenThesaurus - German Thesaurus in text format
Urlaub;Ferien
Unternehmen;Firma;Betrieb;Laden (ugs., salopp)
firm;versiert;routiniert
Ausländer;Kanake (derb, abwertend);Zuwanderer
Freiwilliger;Volontär
unentgeltlich;freiwillig;ehrenamtlich
betreuen;umsorgen
gewinnen;siegen;triumphieren
Eins;Zwei;Drei;Vier;Fünf;Sechs;Sieben;Acht;Neun;Zehn;Elf;Zwölf;Dreizehn;Vierzehn;Fünfzehn;Sechzehn;Siebzehn
"""


@pytest.fixture
def sets(tmp_path, settings):
    source = tmp_path / "openthesaurus.txt"
    source.write_text(SETS, encoding="utf-8")
    settings.SEARCH_THESAURUS_PATH = str(source)
    thesaurus.forget()
    yield source
    thesaurus.forget()


def expansions(query):
    return analyse_query(query)[0].expansions


def found(client, sections, capture, query, *titles):
    """The titles the API lists for `query` once projects with these `titles` exist."""
    return ranked_titles(client, query, sections, capture, *({"title": t} for t in titles))


def test_words_of_a_set_expand_each_other(sets):
    assert "feri" in expansions("Urlaub")
    assert "urlaub" in expansions("Ferien")
    assert {"unternehm", "betrieb"} <= set(expansions("Firma"))


def test_an_inflected_form_expands_like_its_lemma(sets):
    """ "Firmen" stems to "firm", "Firma" to "firma": the dictionary of forms links them."""
    assert {"firma", "unternehm", "betrieb"} <= set(expansions("Firmen"))
    assert "versiert" not in expansions("Firmen")


def test_nouns_and_other_words_with_one_stem_stay_apart(sets):
    """ "Firmen" the companies is no "firm" (versed) when typed as a noun."""
    assert "versiert" not in expansions("Firm")
    assert "versiert" in expansions("firm")


def test_people_named_by_an_adjective_expand_like_the_adjective(sets):
    """ "die Freiwilligen" are also the "Ehrenamtlichen": an adjective's sets count for the
    capitalised word after the noun's; a noun that is no adjective stays a noun."""
    found = expansions("Freiwillige")
    assert found.index("volontar") < found.index("ehrenamt")
    assert "unentgelt" in expansions("Freiwilligen")
    assert "ehrenamt" in expansions("freiwillig")
    assert "versiert" not in expansions("Firmen")
    # "Betreuung" shares its stem with "betreuend(e)" but is no adjective: no verb's sets.
    assert "umsorg" in expansions("betreuen")
    assert "umsorg" not in expansions("Betreuung")


def test_an_agent_noun_reaches_the_compounds_of_its_action_noun(sets):
    """Snowball takes -er twice from "Zuwanderer" (zuwand) and once from "Zuwanderung"
    (zuwander, the term of compounds such as "Zuwanderungsgeschichte"): the set holds both."""
    assert {"zuwand", "zuwander"} <= set(expansions("Ausländer"))
    assert "ausland" in expansions("Zuwanderung")
    assert "ausland" in expansions("Zuwanderer")
    # The cluster analyses words, not stems: it gets the -ung noun.
    assert thesaurus.words_by_stem()["zuwander"] == "Zuwanderung"


@pytest.mark.django_db
@pytest.mark.database_engine  # the cluster's decompounder splits with its own word list
def test_a_thesaurus_agent_noun_finds_a_compound_of_its_action_noun(
    sets, client, sections, django_capture_on_commit_callbacks
):
    titles = found(
        client,
        sections,
        django_capture_on_commit_callbacks,
        "Ausländer",
        "Elterncafé für Familien mit Zuwanderungsgeschichte",
        "Elterncafé im Stadtteil",
    )
    assert titles == ["Elterncafé für Familien mit Zuwanderungsgeschichte"]


@pytest.mark.django_db
def test_a_place_name_is_never_an_expansion(sets):
    """ "Siegen" the town is no "siegen" (to win): among a Land's reports that name it,
    "gewinnen" found them all. A word typed keeps its own expansions, even a town's name."""
    assert "sieg" in expansions("gewinnen")
    municipality("Siegen")
    assert "sieg" not in expansions("gewinnen")
    assert "triumphi" in expansions("gewinnen")
    assert "gewinn" in expansions("siegen")
    municipality("Kreis Soest", kind="kreis")
    places = synonym_table().places
    assert "sost" in places and "kreis" not in places  # the kind of place is no name


@pytest.mark.django_db
def test_a_place_name_does_not_answer_a_word_it_shares_a_stem_with(
    sets, client, sections, django_capture_on_commit_callbacks
):
    municipality("Siegen")
    titles = found(
        client,
        sections,
        django_capture_on_commit_callbacks,
        "gewinnen",
        "Familienbericht der Stadt Siegen",
        "Ehrenamtliche triumphieren beim Stadtlauf",
    )
    assert titles == ["Ehrenamtliche triumphieren beim Stadtlauf"]


def test_insults_and_vague_sets_are_left_out(sets):
    assert "kanak" not in expansions("Ausländer")
    assert expansions("Zwei") == []


@pytest.mark.django_db
def test_an_expansion_finds_a_page_but_weighs_less_than_the_word(
    sets, client, sections, django_capture_on_commit_callbacks
):
    titles = found(
        client,
        sections,
        django_capture_on_commit_callbacks,
        "Urlaub",
        "Betreuung in den Ferien",
        "Betreuung im Urlaub der Eltern",
    )
    assert titles == ["Betreuung im Urlaub der Eltern", "Betreuung in den Ferien"]


@pytest.mark.django_db
def test_a_rare_expansion_weighs_no_more_than_the_frequent_word_typed(
    sets, client, sections, django_capture_on_commit_callbacks
):
    """ "Urlaub" is on most pages, "Ferien" on one: a rare word is worth more, but as an
    expansion it may count only as much as the typed word would."""
    with django_capture_on_commit_callbacks(execute=True):
        add_project(sections["projects"], title="Betreuung in den Ferien", year=2024)
        add_project(sections["projects"], title="Urlaub für pflegende Angehörige", year=2010)
        for place in ("Hamm", "Soest", "Unna", "Werl"):
            add_project(
                sections["projects"],
                title=f"Familienzentrum in {place}",
                summary="Angebote für Eltern, auch im Urlaub der Kita.",
            )
    titles = [hit["title"] for hit in client.get("/api/search/", {"q": "Urlaub"}).json()["results"]]
    assert titles[0] == "Urlaub für pflegende Angehörige"
    assert titles.index("Betreuung in den Ferien") >= 1


@pytest.mark.django_db
def test_expansion_weights_stay_positive_when_the_page_count_is_stale(
    sets, sections, monkeypatch, django_capture_on_commit_callbacks
):
    """The cluster's weights use a page count up to a minute old; after a large import the
    vocabulary counts more pages than it (a negative weight fails the whole request)."""
    from search.backends import query

    with django_capture_on_commit_callbacks(execute=True):
        add_project(sections["projects"], title="Betreuung in den Ferien")
        for place in ("Hamm", "Soest", "Unna", "Werl"):
            add_project(sections["projects"], title=f"Urlaub in {place}")
    monkeypatch.setattr(query, "_total", {"pages": 3, "until": float("inf")})
    (expansions,) = query.words("Urlaub").expansions
    assert 0 < expansions["Ferien"] <= 1


@pytest.mark.django_db
def test_without_the_file_the_search_works_without_expansions(
    tmp_path, settings, client, sections, caplog, django_capture_on_commit_callbacks
):
    settings.SEARCH_THESAURUS_PATH = str(tmp_path / "missing.txt")
    thesaurus.forget()
    with django_capture_on_commit_callbacks(execute=True):
        add_project(sections["projects"], title="Betreuung in den Ferien")
    with caplog.at_level(logging.WARNING, logger="search.thesaurus"):
        data = client.get("/api/search/", {"q": "Urlaub"}).json()
    assert data["count"] == 0
    assert "openthesaurus-de-text" in caplog.text
    thesaurus.forget()


@pytest.mark.django_db
def test_editors_switch_an_expansion_off(sets):
    from search.models import ExpansionBlock

    block = ExpansionBlock.objects.create(word="Urlaub", expansion="Ferien")
    assert "feri" not in expansions("Urlaub")
    assert "urlaub" in expansions("Ferien")
    block.expansion = ""
    block.save()
    assert expansions("Firma") and not expansions("Urlaub")
    block.delete()
    assert "feri" in expansions("Urlaub")


@pytest.mark.django_db
def test_editors_find_the_switch_in_the_admin(admin_client):
    response = admin_client.get("/admin/snippets/search/expansionblock/add/")
    assert response.status_code == 200
    response = admin_client.post(
        "/admin/snippets/search/expansionblock/add/",
        {"word": "Pflege", "expansion": "Wartung", "note": "Andere Bedeutung"},
    )
    assert response.status_code == 302
    from search.models import ExpansionBlock

    assert ExpansionBlock.objects.get().expansion == "Wartung"


@pytest.mark.django_db
def test_the_first_pass_of_a_large_ranking_seeks_rare_thesaurus_words_everywhere(
    sets, sections, django_capture_on_commit_callbacks, monkeypatch
):
    """The cluster's quick first pass (large collections) takes thesaurus words from titles
    and summaries; one on at most RARE_SHARE of the pages, cheap to look for, from every
    field (a page that says "Urlaub" only in its text stays in reach of "Ferien")."""
    from search.backends import query

    monkeypatch.setattr(query, "RARE_SHARE", 0.5)

    def fields_of(word):
        query._total["until"] = 0  # the page count, read again
        words = query.words("Ferien")
        (clause,) = query.expansion_clauses(words, fields=query.QUICK_FIELDS)
        return {
            field.split("^")[0]
            for inner in clause["dis_max"]["queries"]
            if inner["multi_match"]["query"] == word
            for field in inner["multi_match"]["fields"]
        }

    with django_capture_on_commit_callbacks(execute=True):
        add_project(sections["projects"], title="Sommer am See", summary="Urlaub im Zeltlager.")
        for place in ("Hamm", "Soest", "Unna"):
            add_project(sections["projects"], title=f"Familienzentrum in {place}")
    assert fields_of("Urlaub") == set(query.WEIGHTS)
    with django_capture_on_commit_callbacks(execute=True):
        for place in ("Werl", "Lünen", "Kamen"):
            add_project(sections["projects"], title=f"Urlaub in {place}")
    assert fields_of("Urlaub") == set(query.QUICK_FIELDS)
