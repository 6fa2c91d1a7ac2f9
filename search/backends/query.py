"""The requests a cluster answers, and how its answers become the site's results.

Engine-neutral: OpenSearch and Elasticsearch read the same query DSL, so both backends send
these bodies. One request (`_msearch`) answers a search with two searches over the same pages:
one ranks (the match with the same field weights as the database search, the hits shown and
the snippets from the engine's highlighter), one counts (the exact total and every facet as an
aggregation, the match as a filter); both hold the visitor's filters and the access rules.
"""

import dataclasses
import re
import time

from django.utils import timezone
from django.utils.safestring import mark_safe

from knowledge.access import hidden_paths

from .. import ranking, registry, thesaurus
from ..analysis import (
    TYPO_MIN_LENGTH,
    analyse_query,
    analyse_word,
    fold,
    phrase_stems,
    synonym_table,
    tokens,
)
from ..engine import MAX_GROUPS, Hit, Outcome, clean_text, facet_values
from . import schema
from .schema import FACET_FIELDS, FACETS, SNIPPET_FIELDS, WEIGHTS, normalise

# Each word of a query becomes several clauses per field (its parts, synonyms, typo variants):
# a cap keeps every input below the engine's clause limit (1,024), so no input can fail.
MAX_WORDS = 24
FACET_SIZE = 2_000  # values per facet: more than NRW has municipalities
FRAGMENT = 240  # characters of a snippet
# Weights of the clauses, tuned on the judged German queries (benchmarks/search_quality.py).
TIE_BREAKER = 0.3  # a word found in several fields counts more than in its best one alone
PARTS_BOOST = 1.0  # the parts of the query's compounds, beside the whole words
PARTS_TIE_BREAKER = 0.0
IN_COMPOUNDS = 0.3  # a query word found as part of a page's compound ("Beratung": Pflegeberatung)
EXPANSION_BOOST = 0.5  # thesaurus words, as the database search weighs them
PHRASE_BOOST = 0.8  # "Betreuung der Kinder" for Kinderbetreuung
# A compound typed as the start of a page's longer compound ("Bildungsbericht" in
# "Bildungsberichterstattung"), as the database index holds the runs of a compound's parts.
PREFIX_BOOST = 0.5
MIN_PREFIX = 4  # letters of a stem or part that may start a page's word
# Words the index does not know match terms one typing error away, with a small weight.
MAX_TYPO_WORDS = 3
TYPO = {"fuzziness": "AUTO:6,100", "prefix_length": 1, "max_expansions": 20, "boost": 0.1}
# In a large collection the ranking search weighs every matching page by the cheap part of
# the match (`quick_query`), then the best RESCORE_WINDOW pages by the whole match (`rescore`).
TWO_PASS_FROM = 50_000  # pages in the index
RESCORE_WINDOW = 1_000
MAX_RESCORE_WINDOW = 10_000  # the engine's `index.max_rescore_window`
QUICK_FIELDS = ("title", "summary")  # the short texts, for the first pass
# Where the first pass seeks a compound as the start of longer words only, not as the word
# itself: in the long texts "netzwerk*" gathered the pages of "netzwerk", most of a large
# collection, and made it the dearest clause (the whole-word clause weighs those pages).
QUICK_LONGER_ONLY = ("body", "documents")
RARE_SHARE = 0.01  # of the pages: a thesaurus word rare enough for the first pass everywhere
SOURCE = ["page_id", "typ", "title", "url", "municipality_name", "jahr", "theme_names"]


def query_text(query):
    """The visitor's text as the engine gets it: control characters gone, at most MAX_WORDS."""
    return " ".join(clean_text(query).split()[:MAX_WORDS])


@dataclasses.dataclass
class Words:
    """The visitor's words, with what the site's own analysis knows about them.

    The engine analyses the words itself; the database index's vocabulary decides, as for the
    database search, which thesaurus words are worth searching and which words are unknown.
    """

    text: str = ""
    # Thesaurus words per query word, {word: weight}, and longer words the index lacks
    # (matched one typo away).
    expansions: list = dataclasses.field(default_factory=list)
    unknown: list = dataclasses.field(default_factory=list)
    # Words with compound parts: the parts add to a match, or match when nothing else does.
    compounds: list = dataclasses.field(default_factory=list)
    # The editors' multi-word synonyms of the query's words, (analyzer, text): all their words
    # are a match (the engine's synonym filter holds the one-word synonyms only).
    synonyms: list = dataclasses.field(default_factory=list)
    # The thesaurus words on few pages (RARE_SHARE at most): cheap to look for everywhere.
    rare: set = dataclasses.field(default_factory=set)


def words(query):
    """`Words` of a query: one lookup in the database index's vocabulary."""
    from ..engine import term_counts

    text = query_text(query)
    if not text:
        return Words()
    groups = analyse_query(text)
    candidates, compounds = {}, []
    for token in tokens(text):
        word, analysed = fold(token), analyse_word(token)
        if analysed and analysed.extra:
            compounds.append(token)
        if analysed and len(word) >= TYPO_MIN_LENGTH and word.isalpha():
            candidates.setdefault(analysed.primary, token)
    counts = term_counts(
        [*candidates, *(term for group in groups for term in (*group.terms, *group.expansions))]
    )
    by_stem = thesaurus.words_by_stem()
    expansions = []
    for group in groups:
        if found := expansion_weights(group, by_stem, counts):
            expansions.append(found)
    unknown = [token for stem, token in candidates.items() if not counts.get(stem)]
    few = RARE_SHARE * max(page_total(), 1)
    rare = {by_stem[stem] for stem, count in counts.items() if count <= few and stem in by_stem}
    return Words(
        text,
        expansions,
        unknown[:MAX_TYPO_WORDS],
        list(dict.fromkeys(compounds)),
        synonym_texts(groups),
        rare & {word for found in expansions for word in found},
    )


def synonym_texts(groups):
    """(analyzer, text) of the editors' synonyms the engine's filter lacks for the query's
    words: a group's multi-word terms ("ältere Menschen" for Senioren) and, for a query that
    names a multi-word term, its one-word terms (through the filter, which adds the others)."""
    table = synonym_table()
    typed = {term for group in groups for term in group.terms[:1]}
    found = []
    for group in groups:
        for canonical in group.terms:
            terms = table.texts.get(canonical, ())
            one = [term for term in terms if schema.one_word(term)]
            for term in terms:
                if not schema.one_word(term) and not typed.issuperset(phrase_stems(term)):
                    found.append(("german_plain", term))
            if one and group.terms[0] not in table.members.get(canonical, ()):
                found.append(("german_synonyms", one[0]))
    return list(dict.fromkeys(found))[:MAX_WORDS]


def expansion_weights(group, by_stem, counts):
    """{thesaurus word: weight} of one query word, the database search's expansions
    (`ranking.expansion_rarities`) as a factor of the engine's own idf."""
    # The count is up to a minute old: never below a page count the vocabulary has now.
    total = max(page_total(), *counts.values(), 1)
    rarity = ranking.word_rarity(group, counts, total)
    found = {}
    for stem, capped in ranking.expansion_rarities(group, counts, total, rarity).items():
        if stem in by_stem:
            found.setdefault(by_stem[stem], capped / ranking.idf(counts[stem], total))
    return found


_total = {"pages": 0, "until": 0.0}


def page_total():
    """The number of pages in the database index, counted at most once a minute per process
    (idf ratios barely move as a collection grows)."""
    if time.monotonic() >= _total["until"]:
        from ..models import SearchEntry

        _total.update(pages=SearchEntry.objects.count(), until=time.monotonic() + 60)
    return _total["pages"]


def text_query(words, parts_alone=False):
    """The visitor's words as the database search takes them, in the engine's analysis.

    Term-centric across the fields (`cross_fields`: one document frequency per word over all
    fields, as BM25 over a whole page has it), so a word frequent in the collection counts
    little even where it stands in a title. A page must hold a query word (as a word or as a
    part of its own compounds: "Beratung" finds "Pflegeberatung"), a synonym of it (the
    editors' groups, equal weight: "Kindertagesstätte" answers "Kita"), a compound's head-first
    paraphrase, a word one typing error away (small weight) or a thesaurus word (half weight).
    The parts of the query's compounds only add to such pages ("tag" of Ganztag is no match in
    "Fachtag"); `parts_alone` lets them match when nothing else does.
    """
    clauses = word_clauses(words) + expansion_clauses(words)
    # The fields' own analyzer splits the query's compounds (with the engine's word list).
    parts = {
        "multi_match": {
            **_terms(words.text),
            "fields": _fields(),
            # The best part alone: a compound's many parts must not add up.
            "tie_breaker": PARTS_TIE_BREAKER,
            "boost": PARTS_BOOST,
        }
    }
    if parts_alone:
        # A page with all parts of a compound ("Gesamt-Strategie", "Bildungsberichterstattung"
        # for Gesamtstrategie, Bildungsbericht) above one that holds only one of them.
        together = [
            {
                "multi_match": {
                    **_terms(phrase),
                    "fields": _fields(),
                    "analyzer": "german_plain",
                    "operator": "and",
                    "boost": PARTS_BOOST,
                }
            }
            for phrase in head_first(words.text)
        ]
        # The parts as the start of a page's words: the engine's word list lacks the rarer
        # parts that the database index holds ("leih" of Leihoma and Leihgroßeltern).
        together += [prefix_query(part, PARTS_BOOST) for part in compound_stems(words, parts=True)]
        return {"bool": {"should": [*clauses, parts, *together], "minimum_should_match": 1}}
    return {
        "bool": {
            "must": {"bool": {"should": clauses, "minimum_should_match": 1}},
            "should": [parts],
        }
    }


def expansion_clauses(words, fields=tuple(WEIGHTS)):
    """Per query word its best thesaurus word (in `fields`, the rare ones in every field), as
    in the database search: a page that holds many of them does not outrank one that holds
    the word itself."""
    return [
        {
            "dis_max": {
                "queries": [
                    {
                        "multi_match": {
                            **_terms(expansion),
                            "fields": _fields("", WEIGHTS if expansion in words.rare else fields),
                            "analyzer": "german_plain",
                            "boost": weight,
                        }
                    }
                    for expansion, weight in group.items()
                ],
                "boost": EXPANSION_BOOST,
            }
        }
        for group in words.expansions
    ]


def quick_query(words):
    """The first pass of the ranking in a large collection: the part of the match that is
    cheap to weigh on every matching page.

    The query's words whole, as synonyms and typo variants; in titles and summaries only the
    words inside compounds, a compound's head-first paraphrase or the compound written apart
    ("Gesamt-Strategie"), and the thesaurus words (the rare ones everywhere); a compound as the
    start of longer words (in the long texts not as itself). The second pass adds the rest for
    the best pages: all that in the long texts too, and the parts of the query's compounds,
    whose common parts ("kind", "famili") stand on most pages of a large collection.
    """
    clauses = word_clauses(words, fields=QUICK_FIELDS, longer_only=QUICK_LONGER_ONLY)
    clauses += expansion_clauses(words, fields=QUICK_FIELDS)
    clauses += [phrase_query(phrase, QUICK_FIELDS) for phrase in written_apart(words.text)]
    return {"bool": {"should": clauses}}


def word_clauses(words, highlight=False, fields=tuple(WEIGHTS), longer_only=()):
    """The words themselves: as typed or as a synonym, head-first paraphrase, one typo away.

    `highlight`: what the snippets mark, in the snippets' fields: the words, their synonyms and
    typo variants (not the compound parts of the query, not the thesaurus words).
    `fields`: where the words count as parts of a page's compounds and as phrases;
    `longer_only`: where a compound counts as the start of longer words but not as itself.
    """
    clauses = [
        {
            "multi_match": {
                **_terms(words.text),
                "fields": _fields(sub, names),
                "analyzer": "german_synonyms",
                # A multi-word synonym ("Pflege von Angehörigen") as all its words, not a
                # phrase: stop words leave gaps between the words of a page.
                "auto_generate_synonyms_phrase_query": False,
                "boost": boost,
            }
        }
        # Whole words, and (less) as parts of the page's compounds.
        for sub, boost, names in (
            [("", 1.0, WEIGHTS)]
            if highlight
            else [(".plain", 1.0, WEIGHTS), ("", IN_COMPOUNDS, fields)]
        )
    ]
    clauses += [
        {
            "multi_match": {
                **_terms(text),
                "fields": _fields() if highlight else _fields(".plain"),
                "analyzer": analyzer,
                "operator": "and",
            }
        }
        for analyzer, text in words.synonyms
    ]
    if not highlight:
        clauses += [phrase_query(phrase, fields) for phrase in head_first(words.text)]
        clauses += [
            prefix_query(stem, longer_only=longer_only)
            for stem in compound_stems(words, parts=False)
        ]
    if words.unknown:
        clauses.append(
            {
                "multi_match": {
                    "query": " ".join(words.unknown),
                    # Whole words, not the documents: too many near-misses there.
                    "fields": _fields() if highlight else _fields(".plain")[:4],
                    "analyzer": "german_plain",
                    **TYPO,
                }
            }
        )
    return clauses


def _terms(text):
    return {"query": text, "type": "cross_fields", "tie_breaker": TIE_BREAKER}


def _fields(sub="", names=WEIGHTS):
    """The text fields (`names`) with their weights; `sub` ".plain" for the whole words only."""
    return [f"{name}{sub}^{WEIGHTS[name]}" for name in names]


def phrase_query(phrase, fields=tuple(WEIGHTS)):
    """The words of `phrase` in this order, at most two words apart in any one field (stop words
    leave gaps: "Betreuung der Kinder"); "ganzer Tag" is no "Tag ganz", unlike a sloppy phrase."""
    rule = {"query": phrase, "mode": "ordered", "max_gaps": 2, "analyzer": "german_plain"}
    weighed = [(name, WEIGHTS[name] * PHRASE_BOOST) for name in fields]
    return {
        "dis_max": {
            "queries": [
                {"intervals": {f"{name}.plain": {"match": rule, "boost": boost}}}
                for name, boost in weighed
            ]
        }
    }


def scored(text_clause):
    """Long pages and pages that mention topics rather than treat them (news, events) weigh
    less (the page's `brevity`, see `schema.brevity`)."""
    weights = [
        {"filter": {"term": {"typ": kind}}, "weight": weight}
        for kind, weight in registry.kind_weights().items()
        if weight != 1
    ]
    return {
        "function_score": {
            "query": text_clause,
            "functions": [
                *weights,
                # An index built before the field: neutral until its pages are indexed again.
                {"field_value_factor": {"field": "brevity", "missing": 1}},
            ],
            "score_mode": "multiply",
            "boost_mode": "multiply",
        }
    }


def compound_stems(words, parts):
    """The stems of the query's compounds (`parts`: of their parts), as the engine's fields
    hold the start of a word; a stem is the start of its word and of the word's compounds."""
    found = []
    for token in words.compounds:
        analysed = analyse_word(token)
        for stem in analysed.extra if parts else (analysed.primary,):
            if len(stem) >= MIN_PREFIX:
                found.append(normalise(stem))
    return list(dict.fromkeys(found))[:MAX_WORDS]


def prefix_query(stem, boost=None, longer_only=()):
    """Pages with a whole word (not a compound part) that starts with `stem`; in the fields
    `longer_only` with a longer one."""
    return {
        "dis_max": {
            "queries": [
                {"wildcard": {f"{name}.plain": {"value": f"{stem}?*", "boost": weight}}}
                if name in longer_only
                else {"prefix": {f"{name}.plain": {"value": stem, "boost": weight}}}
                for name, weight in WEIGHTS.items()
            ],
            "boost": PREFIX_BOOST if boost is None else boost,
        }
    }


def head_first(text):
    """A compound's head before its modifier, as words: "betreuung kinder" for Kinderbetreuung
    (a page about "Betreuung der Kinder" answers it)."""
    return [f"{head} {modifier}" for modifier, head in compound_cuts(text)]


def written_apart(text):
    """A compound's modifier and head as two words: "gesamt strategie" for Gesamtstrategie
    (a page about the "Gesamt-Strategie" answers it)."""
    return [f"{modifier} {head}" for modifier, head in compound_cuts(text)]


def compound_cuts(text):
    """(modifier, head) of the query's compounds, cut where the database search cuts."""
    from ..analysis import STOP_WORDS, _strip_link, fold, split_compound, tokens

    cuts = []
    for token in tokens(text)[:MAX_WORDS]:
        pieces = [fold(piece) for piece in token.split("-")] if "-" in token else None
        pieces = pieces or list(split_compound(fold(token)))
        for cut in range(1, len(pieces)):
            modifier, head = _strip_link("".join(pieces[:cut])), "".join(pieces[cut:])
            if modifier not in STOP_WORDS and head not in STOP_WORDS:
                cuts.append((modifier, head))
    return cuts[:MAX_WORDS]


def hidden(user, now=None):
    """What the access rules exclude: expired pages and sections the user may not read.

    Exclusions only: the engine skips to the few pages they match, where "no expiry date or a
    later one" as a filter walked every page of the index.
    """
    now = (now or timezone.now()).isoformat()
    expired = {"range": {"expire_at": {"lte": now}}}
    return [expired, *({"prefix": {"path": path}} for path in hidden_paths(user))]


def narrowing(filters):
    """The visitor's filters as term, geo and range clauses (all must hold)."""
    clauses = [{"term": {"thema": slug}} for slug in filters.themes]
    for field, value in (
        ("typ", filters.kind),
        ("kommune", filters.municipality),
        ("kreis", filters.kreis),
        ("zielgruppe", filters.target_group),
        ("jahr", filters.year),
    ):
        if value:
            clauses.append({"term": {field: value}})
    if filters.near is not None:
        latitude, longitude, km = filters.near
        clauses.append(
            {
                "geo_distance": {
                    "distance": f"{km}km",
                    "distance_type": "arc",
                    "location": {"lat": latitude, "lon": longitude},
                }
            }
        )
    return clauses


def search_bodies(
    words, filters, user, sort="relevanz", offset=0, limit=10, parts_alone=False, spelling=()
):
    """The two searches of one request (`_msearch`, see `multi`): `words` (a `Words`, empty to
    browse) among the pages the `user` may read, narrowed by `filters`.

    The first ranks: hits `offset` to `offset + limit` with their snippets, and with `spelling`
    (`spelling_words`) "Meinten Sie …?". It counts nothing, so the engine may skip pages that
    cannot reach the top (at 100,000 pages a broad word matches nearly all of them). The
    second counts, without scoring: the exact total and every facet, over the same pages (the
    match as a filter matches what it matches when it scores). From TWO_PASS_FROM pages on,
    the first ranks in two passes (`ranked_query`).
    """
    text = words.text
    excluded = hidden(user)
    restriction = narrowing(filters)
    match = [text_query(words, parts_alone)] if text else []
    access = {"filter": restriction, "must_not": excluded}
    scoring, order, rescore = ranked_query(words, match, access, sort, parts_alone, offset + limit)
    ranked = {
        "query": scoring,
        "from": offset,
        "size": limit,
        "track_total_hits": False,
        "sort": order,
        "_source": SOURCE,
        **rescore,
    }
    counted = {
        "query": {"bool": {"filter": restriction + match, "must_not": excluded}},
        "size": 0,
        "track_total_hits": True,
        # Every value of every facet (the page lists them all, the rare ones behind "und N
        # weitere"): one aggregation over the field that holds them as "facet=value".
        "aggs": {
            FACETS: {
                "terms": {
                    "field": FACETS,
                    "size": FACET_SIZE * len(FACET_FIELDS),
                    "min_doc_count": 1,
                }
            }
        },
    }
    if text:
        ranked["highlight"] = {
            "highlight_query": {"bool": {"should": word_clauses(words, highlight=True)}},
            "encoder": "html",
            "pre_tags": ["<mark>"],
            "post_tags": ["</mark>"],
            # Only what the query asks of each field: no compound part of the query is marked
            # ("tag" inside "Mittagessen" for a search of Ganztag).
            "require_field_match": True,
            "number_of_fragments": 1,
            "fragment_size": FRAGMENT,
            "fields": {
                name: {"no_match_size": 0 if name == "documents" else FRAGMENT}
                for name in SNIPPET_FIELDS
            },
        }
    if spelling:
        ranked["suggest"] = spelling_suggest(spelling)
    return [ranked, counted]


def ranked_query(words, match, access, sort, parts_alone, depth):
    """How the ranking search weighs and orders the pages of `match` (and of `access`, the
    bool clauses of filters and access rules) down to `depth`: its query, its sort and what
    else its body holds.

    In one pass the whole match weighs every page; equal weights, newest first. From
    TWO_PASS_FROM pages on, two passes: every page of the match weighed by the `quick_query`,
    then the best RESCORE_WINDOW pages by the whole match (the first pass's weight dropped),
    in the one-pass order (equal weights: no "newest first" then). Pages deeper than the
    engine rescores keep the one pass.
    """
    newest = [{"sort_key": "desc"}, {"page_id": "desc"}]
    if not match:
        return {"bool": access}, newest, {}
    one_pass = {"bool": {**access, "must": [scored(match[0])]}}
    if sort != "relevanz":
        return one_pass, newest, {}
    window = max(RESCORE_WINDOW, depth)
    if parts_alone or window > MAX_RESCORE_WINDOW or page_total() < TWO_PASS_FROM:
        return one_pass, ["_score", *newest], {}
    quick = {
        "bool": {
            **access,
            "filter": [*access["filter"], match[0]],
            "should": [scored(quick_query(words))],
        }
    }
    rescore = {
        "window_size": window,
        "query": {"rescore_query": scored(match[0]), "query_weight": 0, "rescore_query_weight": 1},
    }
    return quick, ["_score"], {"rescore": rescore}


def multi(bodies):
    """The lines of an `_msearch` request for `bodies`, each on the index of the URL.

    The counting search's access filter holds the time of the request, so the shard request
    cache could never serve it again: it is not filled with it.
    """
    lines = []
    for body in bodies:
        lines += [{"request_cache": False} if body.get("size") == 0 else {}, body]
    return lines


def combined(responses):
    """One search's answer from the answers of `search_bodies`: the ranked hits, snippets and
    corrections of the first, the total and the facets of the second."""
    ranked, counted = responses
    return {
        **ranked,
        "hits": {**ranked["hits"], "total": counted["hits"]["total"]},
        "aggregations": counted.get("aggregations", {}),
    }


def outcome(response, visible, words):
    """An `Outcome` from the engine's answer; hits outside `visible` (page ids) are dropped."""
    labels = registry.kind_labels()
    hits = []
    for hit in response["hits"]["hits"]:
        source = hit["_source"]
        if source["page_id"] not in visible:
            continue
        hits.append(
            Hit(
                page_id=source["page_id"],
                kind=source["typ"],
                kind_label=labels.get(source["typ"], source["typ"]),
                title=source["title"],
                url=source["url"],
                municipality=source["municipality_name"],
                year=source.get("jahr"),
                themes=[(slug, name) for slug, name in source["theme_names"]["pairs"]],
                snippet=snippet(hit.get("highlight", {})),
            )
        )
    counts = {
        bucket["key"]: bucket["doc_count"]
        for bucket in response.get("aggregations", {}).get(FACETS, {}).get("buckets", [])
    }
    total = response["hits"]["total"]["value"]
    # Unknown words were searched one typo away: the page offers "Meinten Sie …?".
    return Outcome(total, hits, facet_values(counts), set(), [], bool(words.unknown))


def snippet(highlight):
    """The first field's fragment with a match, else the start of the first text; escaped."""
    fragments = [highlight[name][0] for name in SNIPPET_FIELDS if highlight.get(name)]
    marked = [fragment for fragment in fragments if "<mark>" in fragment]
    chosen = marked[0] if marked else (fragments[0] if fragments else "")
    if not chosen:
        return ""
    # The engine escaped the text (encoder "html") and added only the <mark> tags.
    return mark_safe(chosen.strip())  # noqa: S308


def page_ids(response):
    return [hit["_source"]["page_id"] for hit in response["hits"]["hits"]]


# --- Suggestions and "Meinten Sie …?" ------------------------------------------------------------


def suggest_body(prefix, user, limit):
    """Titles whose words start as typed (the last word a prefix), newest first."""
    return {
        "size": limit,
        "_source": ["title", "url", "typ"],
        "query": {
            "bool": {
                "must": {
                    "multi_match": {
                        "query": prefix,
                        "type": "bool_prefix",
                        "operator": "and",
                        "fields": ["suggest", "suggest._2gram", "suggest._3gram"],
                    }
                },
                "must_not": hidden(user),
            }
        },
        "sort": [{"sort_key": "desc"}, {"page_id": "desc"}],
    }


def suggestions(response):
    return [
        (hit["_source"]["title"], hit["_source"]["url"], hit["_source"]["typ"])
        for hit in response["hits"]["hits"]
    ]


def spelling_words(query):
    """The words "Meinten Sie …?" looks at: at most MAX_GROUPS, letters only, four or more."""
    return re.findall(r"\w+", clean_text(query))[:MAX_GROUPS]


def spelling_body(words):
    """The "Meinten Sie …?" request alone, without a search."""
    return {"size": 0, "suggest": spelling_suggest(words)}


def spelling_suggest(words):
    """Corrections one edit away, most frequent first, from the public pages' words only."""
    return {
        "words": {
            "text": " ".join(words),
            "term": {
                "field": "spell",
                "suggest_mode": "missing",
                "max_edits": 1,
                "prefix_length": 0,
                "min_word_length": 4,
                "sort": "frequency",
                "size": 1,
            },
        }
    }


def correction(words, response):
    """The query with unknown words replaced by their corrections, or "" if none was found."""
    found = {
        entry["text"]: entry["options"][0]["text"]
        for entry in response.get("suggest", {}).get("words", [])
        if entry["options"] and entry["text"].isalpha()
    }
    corrected = [found.get(word.casefold(), word) for word in words]
    return " ".join(corrected) if corrected != list(words) else ""
