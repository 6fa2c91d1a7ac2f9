"""What only a cluster can get wrong: outages and slowness, lagging copies, synonyms, clients.

The rest of the search suite runs against the cluster too (OPENSEARCH_URL); these tests need
one and skip without it (CI runs them).
"""

import logging

import pytest

from search import backends
from search.models import SearchEntry, Synonym
from tests.builders import add_project, restrict_to_login

from .conftest import TWO_PASSES, cluster_config

pytestmark = pytest.mark.django_db

NOTE = "Die Suche arbeitet gerade eingeschränkt"


def titles(response):
    return [hit.title for hit in response.context["result"].hits]


def test_a_cluster_that_is_down_leaves_the_search_to_the_database(
    cluster, projects, settings, client, caplog
):
    settings.SEARCH_ENGINE = cluster_config(URLS=["http://127.0.0.1:9"], TIMEOUT=1)
    with caplog.at_level(logging.WARNING, logger="search.backends"):
        page = client.get("/suche/", {"q": "Ferienbetreuung"})
        api = client.get("/api/search/", {"q": "Ferienbetreuung"})
        suggest = client.get("/api/search/suggest", {"q": "ferien"})
    assert page.status_code == 200 and titles(page) == ["Ferienbetreuung für Schulkinder"]
    assert NOTE in page.content.decode()
    assert api.status_code == 200 and api.json()["count"] == 1
    assert suggest.status_code == 200
    assert "Ferienbetreuung für Schulkinder" in [s["label"] for s in suggest.json()["suggestions"]]
    warnings = [
        r.getMessage()
        for r in caplog.records
        if r.levelno == logging.WARNING and r.name.startswith("search")
    ]
    assert len(warnings) == 1 and "Datenbanksuche übernimmt" in warnings[0]
    ready = client.get("/readyz")
    assert ready.status_code == 200  # the site works without the cluster
    assert ready.json()["checks"]["search"].startswith("opensearch: unavailable")


def test_a_hanging_cluster_costs_one_timeout_then_is_left_alone(
    cluster, projects, settings, client, silent_server
):
    settings.SEARCH_ENGINE = cluster_config(URLS=[silent_server.url], TIMEOUT=1)
    first = client.get("/suche/", {"q": "Rathaus"})
    assert first.status_code == 200 and titles(first) == ["Familienbüro im Rathaus"]
    asked = len(silent_server.accepted)
    assert asked >= 1
    # Within the retry pause the cluster is not asked again: no second timeout for anyone.
    second = client.get("/suche/", {"q": "Pflege"})
    assert titles(second) == ["Pflege von Angehörigen"] and NOTE in second.content.decode()
    assert len(silent_server.accepted) == asked


def test_the_readiness_check_names_a_cluster_that_answers(cluster, client):
    assert client.get("/readyz").json()["checks"]["search"] == "opensearch: ok"


def test_shown_hits_are_checked_against_the_pages_when_the_copy_lags(
    cluster, projects, settings, client, django_capture_on_commit_callbacks
):
    """A restriction the cluster has not received yet still hides the page from strangers."""
    settings.SEARCH_ENGINE = cluster_config(
        URLS=["http://127.0.0.1:9"], INDEX_PREFIX=cluster.prefix, TIMEOUT=1
    )
    with django_capture_on_commit_callbacks(execute=True):
        restrict_to_login(projects[0])
    settings.SEARCH_ENGINE = cluster_config(INDEX_PREFIX=cluster.prefix)
    stale = backends.engine().call("get", index=cluster.alias, id=str(projects[0].pk))
    assert stale["_source"]["public"] is True  # the cluster still has the old state
    response = client.get("/suche/", {"q": "Ferienbetreuung Rathaus"})
    assert titles(response) == ["Familienbüro im Rathaus"]
    assert "Ferienbetreuung" not in response.content.decode().split("search-hits")[-1]


def test_a_word_in_the_compound_list_is_indexed_once_per_place(cluster):
    """ "Kinder" is in the decompounder's word list and came out of it as itself and as its
    parts, stemmed alike: three times "kind" at one position, tripling the word's weight in
    every field and the work of every search for it."""
    (index,) = cluster.live_indexes()
    body = {"analyzer": "german", "text": "Kinder Kinderbetreuung"}
    tokens = cluster.call("indices.analyze", index=index, body=body)["tokens"]
    places = [(token["token"], token["position"]) for token in tokens]
    assert ("kind", 0) in places and ("betreuung", 1) in places
    assert len(places) == len(set(places))


@pytest.mark.parametrize(
    "forms",
    [
        ("Familie", "Familien"),
        ("Kind", "Kinder", "Kindern"),
        ("Kita", "Kitas"),
        ("Jugendhaus", "Jugendhäuser"),
        ("Jugendzentrum", "Jugendzentren"),
        # The feminine forms, which the light stemmer keeps apart, as the database search's
        # stemmer relates them.
        ("Familienmanagerin", "Familienmanagerinnen", "Familienmanager"),
        ("Erzieherin", "Erzieherinnen", "Erzieher", "Erziehern"),
    ],
)
def test_word_forms_meet_in_the_clusters_analysis(cluster, forms):
    (index,) = cluster.live_indexes()
    body = {"analyzer": "german_plain", "text": " ".join(forms)}
    tokens = cluster.call("indices.analyze", index=index, body=body)["tokens"]
    assert len(tokens) == len(forms) and len({token["token"] for token in tokens}) == 1, tokens


def test_synonym_changes_apply_without_indexing_again(
    cluster, sections, client, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        page = add_project(sections["projects"], title="Das Elterntaxi vor der Grundschule")
    (index,) = cluster.live_indexes()
    before = cluster.call("get", index=index, id=str(page.pk))
    assert client.get("/api/search/", {"q": "Bringdienst"}).json()["count"] == 0
    with django_capture_on_commit_callbacks(execute=True):
        Synonym.objects.create(terms="Elterntaxi, Bringdienst")
    data = client.get("/api/search/", {"q": "Bringdienst"}).json()
    assert [r["title"] for r in data["results"]] == ["Das Elterntaxi vor der Grundschule"]
    # The same index, the document not written again.
    assert cluster.live_indexes() == [index]
    after = cluster.call("get", index=index, id=str(page.pk))
    assert (after["_seq_no"], after["_version"]) == (before["_seq_no"], before["_version"])


def test_editor_markup_in_texts_is_escaped_in_snippets(
    cluster, sections, client, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        add_project(
            sections["projects"],
            title="Spielplatzpaten",
            summary='Spielplätze für Kinder < 6 & "Bolzplätze" für alle ab 6 Jahren.',
        )
    data = client.get("/api/search/", {"q": "Spielplätze"}).json()
    snippet = data["results"][0]["snippet"]
    assert snippet.startswith("<mark>Spielplätze</mark> für Kinder &lt; 6 &amp; ")
    assert snippet.count("&quot;") == 2
    assert snippet.count("<") == snippet.count("<mark>") + snippet.count("</mark>")


def test_the_elasticsearch_client_refuses_opensearch_and_the_database_answers(
    cluster, projects, settings, client
):
    """The Elasticsearch 8 client speaks only to Elasticsearch: pointed at OpenSearch it fails,
    and the search still answers (the variant for a real Elasticsearch cluster)."""
    settings.SEARCH_ENGINE = cluster_config(
        BACKEND="search.backends.elasticsearch.ElasticsearchBackend"
    )
    response = client.get("/suche/", {"q": "Ferienbetreuung"})
    assert titles(response) == ["Ferienbetreuung für Schulkinder"]
    assert NOTE in response.content.decode()
    assert backends.state().startswith("elasticsearch: unavailable")


def test_elasticsearch_gets_the_same_requests_in_its_words(projects):
    """Ordered intervals are `"ordered": true` in Elasticsearch, all else is the same."""
    import json

    from django.contrib.auth.models import AnonymousUser

    from search.backends import query
    from search.backends.elasticsearch import dialect
    from search.engine import Filters

    bodies = query.search_bodies(query.words("Kinderbetreuung"), Filters(), AnonymousUser())
    spoken = json.dumps(bodies)
    translated = json.dumps(dialect(bodies))
    assert spoken.count('"mode": "ordered"') >= 1 and '"ordered":' not in spoken
    assert translated.count('"ordered": true') == spoken.count('"mode": "ordered"')
    assert dialect(bodies) == json.loads(spoken.replace('"mode": "ordered"', '"ordered": true'))


@pytest.fixture
def requests_sent(cluster):
    """The HTTP requests the cluster's client sends (method, path), counted on the real node."""
    sent = []
    transport = cluster.client.transport
    send = transport.perform_request

    def counted(method, url, *args, **kwargs):
        sent.append((method, url))
        return send(method, url, *args, **kwargs)

    transport.perform_request = counted
    yield sent
    transport.perform_request = send


@pytest.mark.parametrize(
    ("query", "filters", "count"),
    [
        ("Ferienbetreuung", {}, 1),
        ("Ferienbetreuung", {"kreis": "kreis-hoexter", "jahr": "2010"}, 1),
        ("Ferienbetreung Schulkinder", {}, 1),  # an unknown word: typo matching, "Meinten Sie"
        ("Pflge", {"kreis": "kreis-unna"}, 0),
        ("Xylophon", {}, 0),
    ],
)
def test_a_search_with_facets_and_did_you_mean_is_one_request(
    cluster, projects, requests_sent, query, filters, count
):
    from django.contrib.auth.models import AnonymousUser

    from search import service

    result = service.search({"q": query, **filters}, AnonymousUser(), log=False)
    assert requests_sent == [("POST", f"/{cluster.alias}/_msearch")]
    assert not result.fallback and result.count == count
    assert sum(facet.count for facet in result.facets["typ"]) == count
    # The same correction as "Meinten Sie …?" asked on its own.
    if count == 0 or result.outcome.typos:
        assert result.suggestion == cluster.did_you_mean(query)
    else:
        assert result.suggestion == ""
    if query.startswith(("Pflge", "Ferienbetreung")):
        assert result.suggestion.casefold() in ("pflege", "ferienbetreuung schulkinder")


@pytest.fixture
def more_projects(projects, sections, places, django_capture_on_commit_callbacks):
    """The three projects and a fourth for members only."""
    with django_capture_on_commit_callbacks(execute=True):
        restricted = add_project(
            sections["projects"],
            title="Pflegeberatung für Familien",
            summary="Beratung für Familien mit Kindern und pflegebedürftigen Angehörigen.",
            themes=["kinderbetreuung", "bildung"],
            municipality=places["schwerte"],
            year=2010,
        )
        restrict_to_login(restricted)
    return [*projects, restricted]


@pytest.mark.parametrize(
    "query",
    ["", "Ferienbetreuung", "Familien Kinder", "Pflege Beratung", "Betreuung", "Ferienbetreung"],
)
@pytest.mark.parametrize("filters", [{}, {"kreis": "kreis-hoexter"}, {"thema": "kinderbetreuung"}])
@pytest.mark.parametrize("member_user", [False, True])
def test_split_ranking_and_counting_answers_as_one_scored_search(
    cluster, more_projects, member, query, filters, member_user
):
    """The hits of the ranking search (which counts nothing) and the total and facets of the
    counting search (which scores nothing) are those of one search that does both: the same
    pages in the same order, the same counts, the same access rules."""
    from django.contrib.auth.models import AnonymousUser
    from django.http import QueryDict

    from search.backends import query as requests
    from search.engine import Filters
    from search.forms import SearchForm

    user = member if member_user else AnonymousUser()
    params = QueryDict(mutable=True)
    params.update({"q": query, **filters})
    form = SearchForm(params)
    assert form.is_valid()
    words = requests.words(form.cleaned_data["q"])
    ranked, counted = requests.search_bodies(words, form.filters(), user)
    single = {**ranked, "track_total_hits": True, "aggs": counted["aggs"]}
    expected = cluster.call("search", index=cluster.alias, body=single)
    answer = cluster.multi_search([ranked, counted])
    assert requests.page_ids(answer) == requests.page_ids(expected)
    assert answer["hits"]["total"] == expected["hits"]["total"]
    assert answer["aggregations"] == expected["aggregations"]
    # The one field of every facet value counts what an aggregation per facet field counts.
    per_field = {
        name: {"terms": {"field": name, "size": requests.FACET_SIZE}}
        for name in requests.FACET_FIELDS
    }
    fields = cluster.call("search", index=cluster.alias, body={**counted, "aggs": per_field})
    assert {
        f"{name}={bucket['key']}": bucket["doc_count"]
        for name, aggregation in fields["aggregations"].items()
        for bucket in aggregation["buckets"]
    } == {
        bucket["key"]: bucket["doc_count"]
        for bucket in answer["aggregations"][requests.FACETS]["buckets"]
    }
    outcome = cluster.search(form.cleaned_data["q"], form.filters(), user)
    assert outcome.count == expected["hits"]["total"]["value"]
    # The page for members only: in no hit and no count for strangers.
    assert (more_projects[3].pk in {hit.page_id for hit in outcome.hits}) <= member_user
    assert cluster.search("", Filters(), user).count == (4 if member_user else 3)


@pytest.fixture
def two_passes(monkeypatch):
    """The two-pass ranking of large collections, in a small one."""
    from search.backends import query as requests

    monkeypatch.setattr(requests, "TWO_PASS_FROM", 0)
    return requests


def ranked_weights(cluster, words, user, key="page_id"):
    """(whether it ranks in two passes, {`key` of a hit: its weight}) of the ranking search
    for `words` on the node."""
    from search.backends import query as requests
    from search.engine import Filters

    ranked, _ = requests.search_bodies(words, Filters(), user)
    hits = cluster.call("search", index=cluster.alias, body=ranked)["hits"]["hits"]
    return "rescore" in ranked, {hit["_source"][key]: hit["_score"] for hit in hits}


@pytest.mark.parametrize(
    "query",
    ["Ferienbetreuung", "Familien Kinder", "Pflege Beratung", "Betreuung", "Ferienbetreung"],
)
@pytest.mark.parametrize("member_user", [False, True])
def test_two_passes_weigh_the_best_pages_as_one_pass_does(
    cluster, more_projects, member, query, member_user, monkeypatch
):
    """In a large collection the ranking search weighs every page by a quick part of the
    match, then the best pages by the whole match: those carry the one-pass weights, in its
    order, and the same pages answer."""
    from django.contrib.auth.models import AnonymousUser

    from search.backends import query as requests
    from search.engine import Filters

    user = member if member_user else AnonymousUser()
    words = requests.words(query)
    monkeypatch.setattr(requests, "TWO_PASS_FROM", 10**9)
    one_pass, expected = ranked_weights(cluster, words, user)
    monkeypatch.setattr(requests, "TWO_PASS_FROM", 0)
    two_pass, found = ranked_weights(cluster, words, user)
    assert (one_pass, two_pass) == (False, True)
    assert expected
    assert found == pytest.approx(expected, rel=1e-6)
    assert list(found.values()) == sorted(found.values(), reverse=True)
    shown = [hit.page_id for hit in cluster.search(query, Filters(), user).hits]
    assert sorted(shown) == sorted(expected)


def test_two_passes_weigh_a_compound_that_starts_longer_words_in_the_long_texts(
    cluster, sections, two_passes, django_capture_on_commit_callbacks
):
    """The first pass seeks "Netzwerk" in the long texts as the start of longer words only (as
    itself there it was the dearest clause, and the whole-word clause weighs it anyway); a page
    with the longer word only in its text is found and weighed as in one pass."""
    from django.contrib.auth.models import AnonymousUser

    with django_capture_on_commit_callbacks(execute=True):
        for title, approach in (
            ("Netzwerkarbeit im Kreis", ""),
            ("Familienbüro im Rathaus", "<p>Die Netzwerkarbeit mit Kitas ist neu.</p>"),
            ("Ferienbetreuung für Schulkinder", "<p>Ein Netzwerk von Vereinen hilft.</p>"),
        ):
            add_project(sections["projects"], title=title, approach=approach)
    words = two_passes.words("Netzwerk")
    quick = two_passes.quick_query(words)
    starts = {
        (kind, field, rule["value"])
        for clause in quick["bool"]["should"]
        for inner in clause.get("dis_max", {}).get("queries", [])
        for kind in ("prefix", "wildcard")
        for field, rule in inner.get(kind, {}).items()
    }
    assert starts == {
        ("prefix", "title.plain", "netzwerk"),
        ("prefix", "summary.plain", "netzwerk"),
        ("prefix", "meta.plain", "netzwerk"),
        ("wildcard", "body.plain", "netzwerk?*"),
        ("wildcard", "documents.plain", "netzwerk?*"),
    }
    _, found = ranked_weights(cluster, words, AnonymousUser(), key="title")
    two_passes.TWO_PASS_FROM = 10**9
    _, expected = ranked_weights(cluster, words, AnonymousUser(), key="title")
    assert found == pytest.approx(expected, rel=1e-6)
    assert set(found) == {
        "Netzwerkarbeit im Kreis",
        "Familienbüro im Rathaus",
        "Ferienbetreuung für Schulkinder",
    }


def test_two_passes_from_a_number_of_pages_and_not_deeper_than_the_engine_rescores(
    cluster, projects, two_passes
):
    from django.contrib.auth.models import AnonymousUser

    from search.engine import Filters

    words, anonymous = two_passes.words("Ferienbetreuung"), AnonymousUser()
    assert "rescore" in two_passes.search_bodies(words, Filters(), anonymous)[0]
    deep = two_passes.MAX_RESCORE_WINDOW
    assert "rescore" not in two_passes.search_bodies(words, Filters(), anonymous, offset=deep)[0]
    assert "rescore" not in two_passes.search_bodies(words, Filters(), anonymous, sort="neueste")[0]
    # The threshold counts the pages of the index (read at most once a minute).
    pages = SearchEntry.objects.count()
    assert pages >= len(projects)
    two_passes.TWO_PASS_FROM = pages + 1
    two_passes._total["until"] = 0
    assert "rescore" not in two_passes.search_bodies(words, Filters(), anonymous)[0]
    two_passes.TWO_PASS_FROM = pages
    two_passes._total["until"] = 0
    assert "rescore" in two_passes.search_bodies(words, Filters(), anonymous)[0]


def test_a_run_ranks_in_two_passes_exactly_when_asked_to(cluster, projects):
    """CI's second cluster run (SEARCH_TWO_PASSES=1) ranks in two passes; a small collection
    otherwise in one."""
    from django.contrib.auth.models import AnonymousUser

    from search.backends import query as requests
    from search.engine import Filters

    words = requests.words("Ferienbetreuung")
    ranked, _ = requests.search_bodies(words, Filters(), AnonymousUser())
    assert ("rescore" in ranked) == TWO_PASSES
