"""German analysis for Elasticsearch: index settings and a backend that applies them.

The same ideas as ``search.analysis``, in Elasticsearch's own filters: lower case, the editors'
synonyms, German stop words, umlaut normalisation (``german_normalization``: ä = ae = a,
ß = ss), compound splitting with a word list (``dictionary_decompounder``) and the light German
stemmer. The analyzer is the index's ``default``, so every text field of every page uses it.

Use the backend with ``"BACKEND": "search.elasticsearch"`` in ``WAGTAILSEARCH_BACKENDS`` (it is
Wagtail's elasticsearch8 backend with these settings merged into ``INDEX_SETTINGS``). Synonyms are
read when the backend is created: after editing them, ``manage.py update_index`` rebuilds the
index with the new list.
"""

import re
from collections import Counter
from functools import lru_cache

from modelsearch.backends.elasticsearch8 import Elasticsearch8SearchBackend
from modelsearch.utils import deep_update

from . import analysis

# Compound parts that occur in at least this many words of the frequency list go into the
# decompounder's word list (longer parts: in one word); the domain's compounds' parts always do.
MIN_COMPOUNDS = 2
LONG_PART = 6
DOMAIN_COMPOUNDS = analysis._split(
    """
Kinderbetreuung Ferienbetreuung Randzeitenbetreuung Angehörigenpflege Familienzentrum
Bildungsberichterstattung Familienberichterstattung Zertifikatskurs Gesamtstrategie Tagespflege
Kindertagespflege Kindertagesstätte Kindertageseinrichtung Jugendhilfe Jugendzentrum Jugendhaus
Elternarbeit Seniorenarbeit Familienbildung Familienmanagement Familienmanagerin Vereinbarkeit
Familienfreundlichkeit Familienpolitik Netzwerkarbeit Sozialraum Ganztagsschule Schulsozialarbeit
Mehrgenerationenhaus Pflegeberatung Pflegestützpunkt Alleinerziehende Elternbildung Frühförderung
Sprachförderung Willkommensbesuche Familienbüro Familienpass Bürgerbeteiligung Querschnittsaufgabe
"""
)
SYNONYM_UNSAFE = re.compile(r"[,=>#\n\r\\]")


def es_normalise(word: str) -> str:
    """A folded word as Elasticsearch's german_normalization leaves it (ae/ä -> a, ß -> ss).

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


WORD_LIST_CACHE_KEY = "search:es:decompound-words:v1"


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
        words.update(analysis._strip_link(part) for part in analysis.split_compound(word))
        words.add(word)
    words = {es_normalise(word) for word in words if len(word) >= 4 or word in analysis.SHORT_PARTS}
    return tuple(sorted(word for word in words if word not in analysis.STOP_WORDS))


def synonym_rules(groups=None) -> list[str]:
    """Solr-style synonym lines ("kita, kindertagesstätte, ...") from the editors' groups."""
    if groups is None:
        from .models import Synonym

        try:
            groups = [synonym.term_list for synonym in Synonym.objects.all()]
        except Exception:  # noqa: BLE001 - no database yet (settings at import time)
            groups = []
    rules = []
    for group in groups:
        terms = [SYNONYM_UNSAFE.sub(" ", term).strip().lower() for term in group]
        terms = [" ".join(term.split()) for term in terms if term.strip()]
        terms = list(dict.fromkeys(terms))
        if len(terms) >= 2:
            rules.append(", ".join(terms))
    return rules


def index_settings(groups=None) -> dict:
    """The ``INDEX_SETTINGS`` for Wagtail's Elasticsearch backend (a plain, JSON-ready dict)."""
    rules = synonym_rules(groups)
    stop_words = sorted(analysis.STOP_WORDS | {es_normalise(word) for word in analysis.STOP_WORDS})
    synonyms = ["german_synonyms"] if rules else []
    synonyms_graph = ["german_synonyms_graph"] if rules else []
    tail = ["german_stop", "german_normalization", "german_decompounder", "german_stemmer"]
    filters = {
        "german_stop": {"type": "stop", "stopwords": stop_words},
        "german_decompounder": {
            "type": "dictionary_decompounder",
            "word_list": list(decompound_words()),
            "min_word_size": 6,
            "min_subword_size": 3,
            "max_subword_size": 20,
            "only_longest_match": True,
        },
        "german_stemmer": {"type": "stemmer", "language": "light_german"},
    }
    if rules:
        filters["german_synonyms"] = {
            "type": "synonym",
            "synonyms": rules,
            "expand": True,
            "lenient": True,
        }
        filters["german_synonyms_graph"] = {
            "type": "synonym_graph",
            "synonyms": rules,
            "expand": True,
            "lenient": True,
        }
    return {
        "settings": {
            "analysis": {
                "filter": filters,
                "analyzer": {
                    # Index time: synonyms expanded into the token stream.
                    "default": {
                        "type": "custom",
                        "tokenizer": "standard",
                        "filter": ["lowercase", *synonyms, *tail],
                    },
                    # Query time: the graph variant handles multi-word synonyms.
                    "default_search": {
                        "type": "custom",
                        "tokenizer": "standard",
                        "filter": ["lowercase", *synonyms_graph, *tail],
                    },
                },
            }
        }
    }


class GermanElasticsearch8SearchBackend(Elasticsearch8SearchBackend):
    """Wagtail's elasticsearch8 backend with the German analysis as the index default."""

    def __init__(self, params):
        params = dict(params)
        extra = params.pop("INDEX_SETTINGS", {})
        params["INDEX_SETTINGS"] = deep_update(index_settings(), extra)
        super().__init__(params)


SearchBackend = GermanElasticsearch8SearchBackend
