"""What the visitor sees of relevance: fewer, better hits; honest highlights and facet counts."""

import re

import pytest

from tests.builders import (
    add_event,
    add_news,
    add_project,
    event_index,
    news_index,
    ranked_titles,
)


@pytest.fixture
def collection(home_page, sections, django_capture_on_commit_callbacks):
    """Write-ups about full-day school, a family office and childcare, and pages that only
    share word parts with them (Fachtag, ganze, Tage) or mention them in passing."""
    with django_capture_on_commit_callbacks(execute=True):
        projects = sections["projects"]
        add_project(
            projects,
            title="Qualitätszirkel Offene Ganztagsschule",
            summary="Standards für Mittagessen und Hausaufgaben im Ganztag.",
            themes=["kinderbetreuung"],
        )
        add_project(
            projects,
            title="Familienbüro im Rathaus",
            summary="Eine Anlaufstelle für alle Fragen von Familien.",
            themes=["familienfreundliche-verwaltung"],
        )
        add_project(
            projects,
            title="Betreuung in Randzeiten",
            summary="Kinderbetreuung vor sechs und nach achtzehn Uhr für Eltern im Schichtdienst.",
            themes=["kinderbetreuung"],
        )
        add_project(
            projects,
            title="Sportangebote für die ganze Familie",
            summary="Dreißig Tage im Jahr öffnen die Vereine ihre Hallen für Familien.",
            themes=["freizeit-kultur-und-sport"],
        )
        add_event(
            event_index(home_page),
            title="Fachtag Familie im demografischen Wandel",
            summary="Ein ganzer Tag mit Vorträgen für Familien.",
        )
        add_news(
            news_index(home_page),
            title="Rückblick auf das Jahr",
            lead="Themen waren Kinderbetreuung, Pflege und Wohnen.",
        )


def titles(response):
    return [hit["title"] for hit in response.json()["results"]]


@pytest.mark.django_db
def test_compound_parts_do_not_find_or_highlight_other_words(client, collection):
    """ "Ganztag" finds the full-day school, not "Fachtag", "ganze" or "Tage"."""
    response = client.get("/suche/", {"q": "Ganztag"})
    assert [hit.title for hit in response.context["result"].hits] == [
        "Qualitätszirkel Offene Ganztagsschule"
    ]
    marked = re.findall(r"<mark>([^<]*)</mark>", response.content.decode())
    assert marked and all(word.casefold().startswith("ganztag") for word in marked)


@pytest.mark.django_db
def test_a_compound_finds_its_own_pages_not_every_family_page(client, collection):
    assert titles(client.get("/api/search/", {"q": "Familienbüro"})) == ["Familienbüro im Rathaus"]


@pytest.mark.django_db
def test_a_write_up_outranks_a_news_item_that_mentions_the_word(client, collection):
    found = titles(client.get("/api/search/", {"q": "Kinderbetreuung"}))
    assert found[0] == "Betreuung in Randzeiten"
    assert "Rückblick auf das Jahr" in found


@pytest.mark.django_db
def test_a_typo_is_searched_corrected_and_says_so(client, collection):
    response = client.get("/suche/", {"q": "Kinderbetreung"})
    result = response.context["result"]
    assert [hit.title for hit in result.hits][0] == "Betreuung in Randzeiten"
    assert result.suggestion.casefold() == "kinderbetreuung"
    assert "Meinten Sie" in response.content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize("query", ["Kinderbetreuung", "Familie", "Ganztag", "Familienbüro"])
def test_facet_counts_agree_with_what_the_filter_then_shows(client, collection, query):
    facets = client.get("/api/search/", {"q": query}).json()["facets"]
    checked = 0
    for name in ("typ", "thema"):
        for value in facets[name]:
            narrowed = client.get("/api/search/", {"q": query, name: value["value"]}).json()
            assert narrowed["count"] == value["count"], (name, value)
            checked += 1
    assert checked


def test_a_compound_nobody_wrote_finds_the_page_with_all_its_parts_first(
    client, sections, django_capture_on_commit_callbacks
):
    """No page holds "Gesamtstrategie": the page with both its parts (as a hyphenated word)
    comes first, above newer pages that hold one of them (which the cluster, finding nothing
    else, lists after it)."""
    with django_capture_on_commit_callbacks(execute=True):
        both = add_project(
            sections["projects"],
            title="Eine familienpolitische Gesamt-Strategie für die Stadt",
            year=2012,
        )
        add_project(sections["projects"], title="Strategie für Spielplätze", year=2020)
        add_project(sections["projects"], title="Gesamtschule mit Ganztag", year=2021)
    results = client.get("/api/search/", {"q": "Gesamtstrategie"}).json()["results"]
    assert results[0]["title"] == both.title


def test_a_long_page_that_names_the_word_ranks_below_the_short_write_up_about_it(
    client, sections, django_capture_on_commit_callbacks
):
    """Both name "Kinderbetreuung" once in a summary of one length; the newer page has three
    hundred more words about other things, so its summary is a passing mention. (The cluster
    normalises each field by its own length: without the page's length both tie, and the
    newer would come first.)"""
    other_things = " ".join(
        ["Der Ausschuss beriet über Haushalt, Straßenbau, Friedhöfe und Feuerwehr."] * 40
    )
    short = {
        "title": "Angebot in Randzeiten",
        "summary": "Kinderbetreuung war eines von drei Themen.",
        "year": 2012,
    }
    long = {
        "title": "Sitzungsbericht des Rates",
        "summary": "Kinderbetreuung war eines von zwei Themen.",
        "results": f"<p>{other_things}</p>",
        "year": 2024,
    }
    found = ranked_titles(
        client, "Kinderbetreuung", sections, django_capture_on_commit_callbacks, short, long
    )
    assert found == [short["title"], long["title"]]


def test_a_long_page_is_still_found_first_by_the_words_of_its_title(
    client, sections, django_capture_on_commit_callbacks
):
    """Module material runs long: its title says what it is about, even when a short page
    mentions the same word in passing."""
    chapter = " ".join(
        ["Bedarfe erheben, Angebote planen, Träger beteiligen, Wirkung prüfen."] * 120
    )
    long = {
        "title": "Sozialplanung in der Kommune",
        "summary": "Ein Leitfaden in zwölf Kapiteln.",
        "results": f"<p>{chapter}</p>",
        "year": 2012,
    }
    short = {
        "title": "Spielplatzpaten im Quartier",
        "summary": "Die Sozialplanung half bei der Auswahl der Plätze.",
        "year": 2024,
    }
    found = ranked_titles(
        client, "Sozialplanung", sections, django_capture_on_commit_callbacks, long, short
    )
    assert found == [long["title"], short["title"]]


def test_a_compound_finds_the_longer_compound_it_starts(
    client, sections, django_capture_on_commit_callbacks
):
    """ "Bildungsbericht" is the start of "Bildungsberichterstattung": that page comes first,
    above newer pages that hold "Bildung" and "Bericht" apart (the database index holds the
    runs of a compound's parts; the cluster's word list splits only into listed words)."""
    whole = {"title": "Bildungsberichterstattung im Kreis", "year": 2012}
    apart = [
        {
            "title": f"Bericht {year}: Bildung im Kreis",
            "summary": "Bericht über Bildung und Betreuung.",
            "year": year,
        }
        for year in (2020, 2021, 2022)
    ]
    found = ranked_titles(
        client, "Bildungsbericht", sections, django_capture_on_commit_callbacks, whole, *apart
    )
    assert found[0] == whole["title"]


def test_the_feminine_and_masculine_forms_find_each_other(
    client, sections, django_capture_on_commit_callbacks
):
    """ "Familienmanagerin" finds the pages about Familienmanagerinnen and Familienmanager,
    the write-up with the word in its title first, above newer pages that name it in passing."""
    about = {"title": "Regionaltreffen der Familienmanagerinnen", "year": 2012}
    masculine = {"title": "Fortbildung für Familienmanager", "year": 2013}
    passing = [
        {
            "title": f"Ferienangebote {year}",
            "summary": "Erzieherinnen planen die Ferien, eine Familienmanagerin hat geholfen.",
            "year": year,
        }
        for year in (2020, 2021)
    ]
    found = ranked_titles(
        client,
        "Familienmanagerin",
        sections,
        django_capture_on_commit_callbacks,
        about,
        masculine,
        *passing,
    )
    assert set(found[:2]) == {about["title"], masculine["title"]}
    assert len(found) == 4
    erzieher = ranked_titles(client, "Erzieher", sections, django_capture_on_commit_callbacks)
    assert sorted(erzieher[:2]) == ["Ferienangebote 2020", "Ferienangebote 2021"]


def test_a_rare_part_of_a_compound_nobody_wrote_still_finds_its_compounds(
    client, sections, django_capture_on_commit_callbacks
):
    """No page says "Leihoma", one says "Leihgroßeltern": the part "Leih" finds it, where
    nothing else does ("leih" is too rare a word for the cluster's word list)."""
    found = ranked_titles(
        client,
        "Leihoma",
        sections,
        django_capture_on_commit_callbacks,
        {"title": "Leihgroßeltern: Generationen verbinden"},
        {"title": "Familienpaten im Quartier"},
    )
    assert found == ["Leihgroßeltern: Generationen verbinden"]


@pytest.fixture
def meeting_places(django_capture_on_commit_callbacks):
    from search.models import Synonym

    with django_capture_on_commit_callbacks(execute=True):
        Synonym.objects.create(terms="Quartierstreff, Nachbarschaftstreff, Treffpunkt im Viertel")


def test_a_rare_synonym_does_not_outrank_the_word_typed(
    client, sections, django_capture_on_commit_callbacks, meeting_places
):
    """The words of a synonym group share the rarity of the most frequent: the one page that
    says "Nachbarschaftstreff" must not come before the page named for the word typed."""
    found = ranked_titles(
        client,
        "Quartierstreff",
        sections,
        django_capture_on_commit_callbacks,
        {"title": "Nachbarschaftstreff am Markt", "year": 2012},
        {"title": "Quartierstreff am Markt", "year": 2024},
        *(
            {"title": f"Sommerfest {n}", "summary": "Im Quartierstreff.", "year": 2020}
            for n in range(4)
        ),
    )
    assert found[0] == "Quartierstreff am Markt"
    assert "Nachbarschaftstreff am Markt" in found


def test_a_multi_word_synonym_finds_its_pages_and_leads_to_the_others(
    client, sections, django_capture_on_commit_callbacks, meeting_places
):
    pages = [{"title": "Ein Treffpunkt im Viertel"}, {"title": "Nachbarschaftstreff am Markt"}]
    found = ranked_titles(
        client, "Quartierstreff", sections, django_capture_on_commit_callbacks, *pages
    )
    assert sorted(found) == sorted(page["title"] for page in pages)
    # Typed as words, the group's one-word terms answer too.
    data = client.get("/api/search/", {"q": "Treffpunkt im Viertel"}).json()
    assert {hit["title"] for hit in data["results"]} == {page["title"] for page in pages}
