"""The cluster's index: German analysis, field mapping and the documents, for OpenSearch and
Elasticsearch alike.

German analysis runs in the engine, with its own filters: lower case, German stop words,
umlaut normalisation (``german_normalization``: ä = ae = a, ß = ss), compound splitting with a
word list taken from the project's own vocabulary (``dictionary_decompounder``) and the light
German stemmer. Each text field has a ``plain`` sub-field without compound splitting: the
words as typed outrank their parts, as in the database search. The editors' synonyms apply at
search time only (``german_synonyms``), so that a change needs no reindexing, just new index
settings (see `OpenSearchBackend.synonyms_changed`).

Documents are built from the database index (`SearchEntry`, its text and tags), not from the
pages: one document builder (`search.registry`) for every engine, and a rebuild reads a few
narrow tables instead of every page with its relations.
"""

import re
from collections import Counter
from functools import lru_cache

from .. import analysis
from ..engine import FACET_ORDER

# Field weights in the order of the database search's: title above summary and names above
# body above the text of attached documents. Smaller steps than its bm25 weights (10, 5, 4,
# 1, 0.4): the engine scores each field on its own and the weighted scores add up.
WEIGHTS = {"title": 3.0, "summary": 1.5, "meta": 1.5, "body": 1.0, "documents": 0.4}
TEXT_FIELDS = tuple(WEIGHTS)
SNIPPET_FIELDS = ("summary", "body", "documents")
# The facets are keyword fields named like their URL parameters (typ, thema, kreis, ...), for
# the filters; for counting, every value of every facet is also a value "facet=value" of one
# field (`FACETS`): one aggregation counts them all, where one per facet walked the matching
# pages six times.
FACET_FIELDS = tuple(FACET_ORDER)
FACETS = "facetten"
# Characters of body text that feed the "Meinten Sie …?" vocabulary per page.
SPELL_TEXT = 20_000

# Compound parts that occur in at least this many words of the frequency list go into the
# decompounder's word list (longer parts: in one word); the domain's compounds' parts always do.
MIN_COMPOUNDS = 2
LONG_PART = 6
# Frequencies (wordfreq's Zipf scale x 100) a listed part needs; as the database's splitter.
MIN_FREQUENCY = analysis.MIN_PART
MIN_SHORT = analysis.MIN_SHORT_PART
_DOMAIN_COMPOUNDS = """
Kinderbetreuung Ferienbetreuung Randzeitenbetreuung Angehörigenpflege Familienzentrum
Bildungsberichterstattung Familienberichterstattung Zertifikatskurs Gesamtstrategie Tagespflege
Kindertagespflege Kindertagesstätte Kindertageseinrichtung Jugendhilfe Jugendzentrum Jugendhaus
Elternarbeit Seniorenarbeit Familienbildung Familienmanagement Familienmanagerin Vereinbarkeit
Familienfreundlichkeit Familienpolitik Netzwerkarbeit Sozialraum Ganztagsschule Schulsozialarbeit
Mehrgenerationenhaus Pflegeberatung Pflegestützpunkt Alleinerziehende Elternbildung Frühförderung
Sprachförderung Willkommensbesuche Familienbüro Familienpass Bürgerbeteiligung Querschnittsaufgabe
"""
DOMAIN_COMPOUNDS = _DOMAIN_COMPOUNDS.split()
SYNONYM_UNSAFE = re.compile(r"[,=>#\n\r\\]")


def normalise(word: str) -> str:
    """A folded word as the engine's german_normalization leaves it (ae/ä -> a, ß -> ss).

    Lucene's GermanNormalizationFilter: an "e" after "a", "o" or after a "u" that follows a
    consonant is dropped (Vaeter -> vater, but Betreuung keeps its "ue").
    """
    out, state = [], "N"
    for char in word:
        if char in "ao":
            state = "U"
        elif char == "u":
            state = "U" if state == "N" else "V"
        elif char == "e":
            if state == "U":
                state = "V"
                continue
            state = "V"
        elif char in "iqy":
            state = "V"
        else:
            state = "N"
        out.append(char)
    return "".join(out)


WORD_LIST_CACHE_KEY = "search:engine:decompound-words:v4"


@lru_cache(maxsize=1)
def decompound_words() -> tuple[str, ...]:
    """Real compound parts (Kinder, Betreuung, Pflege, ...), normalised, sorted.

    Taken from splitting the frequent words of wordfreq's German list with the same splitter
    the database search uses, so fragments such as "inder" or "ver" never enter the list.
    Building it takes seconds: the shared cache keeps it for the other processes.
    """
    from django.core.cache import cache

    words = cache.get(WORD_LIST_CACHE_KEY)
    if words is None:
        words = _build_decompound_words()
        cache.set(WORD_LIST_CACHE_KEY, words, None)
    return tuple(words)


def _build_decompound_words() -> tuple[str, ...]:
    counts: Counter[str] = Counter()
    for word in analysis.lexicon():
        if len(word) >= 8:
            for part in analysis.split_compound(word):
                counts[analysis._strip_link(part)] += 1
    words = {
        part
        for part, count in counts.items()
        if count >= MIN_COMPOUNDS or (len(part) >= LONG_PART and count >= 1)
    }
    for word in [*analysis.DOMAIN_WORDS, *map(analysis.fold, DOMAIN_COMPOUNDS)]:
        parts = analysis.split_compound(word)
        # The parts and their runs (Ganz+tags: "ganztag"), as the database search indexes
        # them; never the compound itself, which is indexed as the word anyway.
        if parts:
            words.update(
                analysis._strip_link("".join(parts[start:end]))
                for start in range(len(parts))
                for end in range(start + 1, len(parts) + 1)
                if end - start < len(parts)
            )
        else:
            words.add(word)
    lexicon = analysis.lexicon()
    return tuple(
        sorted(
            {
                normalise(word)
                for word in words
                # No parts of three letters and only frequent ones of four: the decompounder
                # finds a listed word anywhere inside another ("rat" in "Beratung"), where the
                # database search's splitter only cuts between parts.
                if len(word) >= 4
                and lexicon.get(word, 0) >= (MIN_SHORT if len(word) == 4 else MIN_FREQUENCY)
                and word not in analysis.STOP_WORDS
            }
        )
    )


ONE_WORD = re.compile(r"[^\W_]+")


def one_word(term: str) -> bool:
    """Whether the engine's tokenizer makes one token of `term` ("Kita", not "Kita-Platz")."""
    return bool(ONE_WORD.fullmatch(term.strip()))


def synonym_rules(groups=None) -> list[str]:
    """Solr-style synonym lines ("kita, kindertagesstätte, ...") from the editors' groups.

    Single words only: one-word synonyms at one position make one term for the engine, whose
    rarity is the most frequent one's (as the database search has it: "Hochbetagte" must not
    outweigh "Senioren"); a multi-word synonym would turn the group into alternatives each with
    its own rarity. The query adds the multi-word ones (`search.backends.query.words`).
    """
    if groups is None:
        from ..models import Synonym

        groups = [synonym.term_list for synonym in Synonym.objects.all()]
    rules = []
    for group in groups:
        terms = [SYNONYM_UNSAFE.sub(" ", term).strip().lower() for term in group]
        terms = [" ".join(term.split()) for term in terms if term.strip()]
        terms = [term for term in dict.fromkeys(terms) if one_word(term)]
        if len(terms) >= 2:
            rules.append(", ".join(terms))
    return rules


def synonym_filter(groups=None) -> dict:
    """The search-time synonym filter; a placeholder rule keeps it valid without groups."""
    rules = synonym_rules(groups) or ["famnrwkeinsynonym, famnrwkeinsynonym"]
    return {"type": "synonym_graph", "synonyms": rules, "lenient": True}


# Forms the light stemmer keeps apart, as the database search's stemmer relates them: -s
# plurals after a vowel (Kitas, Azubis, Omas), Latin plurals (Jugendzentren) and the feminine
# -erin, -erinnen (Familienmanagerinnen, Erzieherin: Familienmanager, Erzieher).
FORMS = {
    "german_feminine": (r"^(\w{3,}er)in(?:nen)?$", "$1"),
    "german_plural_s": (r"^(\w{2,}[^aeiou][aoy])s$", "$1"),
    "german_plural_zentren": (r"^(\w*zentr)(en|ums)$", "$1um"),
    "german_plural_ien": (r"^(\w*(?:grem|minister|kriter))ien$", "$1ium"),
    "german_plural_museen": (r"^(\w*muse)en$", "$1um"),
    "german_plural_a": (r"^(\w*(?:praktik|curricul))a$", "$1um"),
}


def analysis_settings(groups=None) -> dict:
    stop_words = sorted(analysis.STOP_WORDS | {normalise(word) for word in analysis.STOP_WORDS})
    plain = ["lowercase", "german_normalization", "german_stop", *FORMS]
    return {
        "filter": {
            "german_stop": {"type": "stop", "stopwords": stop_words},
            **{
                name: {"type": "pattern_replace", "pattern": pattern, "replacement": replacement}
                for name, (pattern, replacement) in FORMS.items()
            },
            "german_decompounder": {
                "type": "dictionary_decompounder",
                "word_list": list(decompound_words()),
                "min_word_size": 6,
                "min_subword_size": 4,
                "max_subword_size": 20,
                "only_longest_match": False,
            },
            "german_stemmer": {"type": "stemmer", "language": "light_german"},
            "german_synonyms": synonym_filter(groups),
        },
        "analyzer": {
            # Words, their stems and the stems of their compound parts.
            "german": {
                "tokenizer": "standard",
                # A word that is also in the compound word list comes out of the decompounder
                # once more ("kinder": kinder, kind, kinder), stemmed alike: counted once.
                "filter": [*plain, "german_decompounder", "german_stemmer", "remove_duplicates"],
            },
            # Whole words only: the `plain` sub-fields and the typo matching.
            "german_plain": {"tokenizer": "standard", "filter": [*plain, "german_stemmer"]},
            # Search time: whole words and the synonyms of their groups (rules stemmed alike).
            "german_synonyms": {
                "tokenizer": "standard",
                "filter": [*plain, "german_stemmer", "german_synonyms"],
            },
            # "Meinten Sie …?": real words, as written (umlauts kept), no stems.
            "german_words": {"tokenizer": "standard", "filter": ["lowercase"]},
            # Suggestions: prefixes of words and of compound parts ("betreu" in Ferienbetreuung).
            "german_suggest": {
                "tokenizer": "standard",
                "filter": ["lowercase", "german_normalization", "german_decompounder"],
            },
        },
    }


def _text_field(name):
    field = {
        "type": "text",
        "analyzer": "german",
        "fields": {"plain": {"type": "text", "analyzer": "german_plain"}},
    }
    if name in SNIPPET_FIELDS:
        # Offsets in the postings: snippets without analysing long texts again per hit.
        field["index_options"] = "offsets"
    return field


def mappings() -> dict:
    keyword = {"type": "keyword"}
    stored_only = {"type": "keyword", "index": False, "doc_values": False}
    return {
        "dynamic": "strict",
        # The suggestion and spelling fields repeat text the source already holds.
        "_source": {"excludes": ["suggest", "spell"]},
        "properties": {
            "page_id": {"type": "integer"},
            **{name: _text_field(name) for name in TEXT_FIELDS},
            "suggest": {"type": "search_as_you_type", "analyzer": "german_suggest"},
            "spell": {"type": "text", "analyzer": "german_words"},
            # Facets: filtered by their fields, counted by one (its ordinals are built at
            # refresh, not by the first search after it).
            **{name: keyword for name in FACET_FIELDS if name != "jahr"},
            FACETS: {**keyword, "eager_global_ordinals": True},
            "jahr": {"type": "short"},
            "location": {"type": "geo_point"},
            # Access: tree path (restricted sections hide by prefix), expiry, public or not.
            "path": keyword,
            "expire_at": {"type": "date"},
            "public": {"type": "boolean"},
            "sort_key": {"type": "long"},
            # The page's weight by its length (`brevity`).
            "brevity": {"type": "float"},
            # Shown with the hit, never searched.
            "url": stored_only,
            "municipality_name": stored_only,
            "theme_names": {"type": "object", "enabled": False},
        },
    }


# While a rebuild fills a new index nobody searches it: no refreshes, no replicas.
# `live_settings` restores both. (An asynchronous translog gained nothing measurable.)
BUILDING = {"refresh_interval": "-1", "number_of_replicas": 0}


def live_settings(replicas="0-1") -> dict:
    """The dynamic settings of an index that answers: refreshed each second, replicated."""
    settings = {"refresh_interval": "1s"}
    if isinstance(replicas, str) and "-" in replicas:
        settings["auto_expand_replicas"] = replicas
    else:
        settings["auto_expand_replicas"] = "false"
        settings["number_of_replicas"] = int(replicas)
    return settings


def index_body(shards=1, replicas="0-1", groups=None, building=False) -> dict:
    """Settings and mappings of a new index. `replicas` "0-1": one replica once a node joins;
    `building`: the settings of a rebuild's index until `live_settings` replace them."""
    settings = {
        "number_of_shards": shards,
        "max_result_window": 1_000_010,
        **(BUILDING if building else live_settings(replicas)),
        "analysis": analysis_settings(groups),
    }
    return {"settings": settings, "mappings": mappings()}


# --- Documents ----------------------------------------------------------------------------------

ENTRY_FIELDS = (
    "page_id",
    "kind",
    "title",
    "url",
    "path",
    "municipality_slug",
    "municipality_name",
    "kreis_slug",
    "year",
    "sort_key",
    "expire_at",
    "public",
    "themes",
    "text__summary",
    "text__meta",
    "text__body",
    "text__documents",
)


# From 100 words a page's score falls in proportion to its length, down to half at 200 words
# and no further. The engine's BM25 normalises each field by that field's length alone, so a
# long page with the query's word in its short keyword or summary field rivalled the write-up
# about it (the database search's BM25F normalises by the whole page); the floor keeps a long
# module page first for the words of its title. Measured on benchmarks/search_quality.py with
# 10,000 distractors, keyword / paraphrase recall@10: no length weight 0.824 / 0.550; no floor
# 0.921 / 0.776; floor 0.5 0.910 / 0.748 (with 0.4, 0.921 / 0.800, the long page of the title
# sinks). Stored, not computed per search: a function on the field cost 5-15 % more `took`.
SHORT_PAGE = 100  # words
LONG_PAGE_WEIGHT = 0.5


def brevity(texts) -> float:
    """A page's weight by its length in words, from its texts (all text fields)."""
    words = sum(len(text.split()) for text in texts)
    return max(LONG_PAGE_WEIGHT, min(1.0, SHORT_PAGE / max(1, words)))


def documents(page_ids):
    """{page id: document} of the given pages' database index entries (absent: not indexed)."""
    from knowledge.models import Municipality

    from ..models import SearchEntry, SearchEntryTag

    rows = list(SearchEntry.objects.filter(page_id__in=page_ids).values(*ENTRY_FIELDS))
    tags = {}
    for entry_id, facet, slug in SearchEntryTag.objects.filter(
        entry_id__in=[row["page_id"] for row in rows]
    ).values_list("entry_id", "facet", "slug"):
        tags.setdefault(entry_id, {}).setdefault(facet, []).append(slug)
    places = {row["municipality_slug"] for row in rows if row["municipality_slug"]}
    locations = {
        slug: {"lat": float(lat), "lon": float(lon)}
        for slug, lat, lon in Municipality.objects.filter(
            slug__in=places, latitude__isnull=False, longitude__isnull=False
        ).values_list("slug", "latitude", "longitude")
    }
    return {row["page_id"]: _document(row, tags.get(row["page_id"], {}), locations) for row in rows}


def _document(row, tags, locations):
    texts = {name: row.get(f"text__{name}") or "" for name in ("summary", "meta", "body")}
    documents = row["text__documents"] or ""
    document = {
        "page_id": row["page_id"],
        "title": row["title"],
        **texts,
        "documents": documents,
        "suggest": row["title"],
        # Only public pages feed "Meinten Sie …?": a correction must not reveal what a
        # restricted page contains.
        "spell": (
            " ".join([row["title"], texts["summary"], texts["meta"], texts["body"][:SPELL_TEXT]])
            if row["public"]
            else ""
        ),
        "typ": row["kind"],
        "thema": tags.get("thema", []),
        "zielgruppe": tags.get("zielgruppe", []),
        "kommune": row["municipality_slug"] or None,
        "kreis": row["kreis_slug"] or None,
        "jahr": row["year"],
        "path": row["path"],
        "expire_at": row["expire_at"].isoformat() if row["expire_at"] else None,
        "public": row["public"],
        "sort_key": row["sort_key"],
        "brevity": brevity([row["title"], *texts.values(), documents]),
        "url": row["url"],
        "municipality_name": row["municipality_name"],
        "theme_names": {"pairs": row["themes"] or []},
    }
    document[FACETS] = [
        f"{name}={value}"
        for name in FACET_FIELDS
        for value in (document[name] if isinstance(document[name], list) else [document[name]])
        if value is not None and value != ""
    ]
    location = locations.get(row["municipality_slug"])
    if location:
        document["location"] = location
    return document
