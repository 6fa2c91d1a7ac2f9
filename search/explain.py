"""Why a hit ranks where it does, for editors: which words, expansions and fields matched.

`explain(query, user)` runs the search as `user` and describes each of the top hits: its score,
and per query word the terms the page has, how they relate to the word typed (the word itself, a
synonym, a thesaurus expansion, a typo correction, a compound part) and in which fields
(title, summary, themes and places, text, documents) they occur.
"""

from dataclasses import dataclass, field

from django.db import connection

from . import engine, facets, ranking
from .analysis import index_terms
from .models import SearchEntry, SearchEntryText

FIELD_LABELS = {
    "title": "Titel",
    "summary": "Kurzbeschreibung",
    "meta": "Themen und Orte",
    "body": "Text",
    "documents": "Dokumente",
}


@dataclass
class Match:
    word: str  # the query word's stem as typed
    term: str
    how: str
    weight: float  # idf * term weight
    fields: list = field(default_factory=list)


@dataclass
class Explanation:
    rank: int
    title: str
    url: str
    kind_label: str
    matches: list
    missing: list  # query words the page does not have
    length_weight: float = 1.0  # below 1 for a long page


def _how(group, term):
    if term == group.terms[0]:
        return "Suchwort" if not group.typo else "Suchwort (unbekannt)"
    if term in group.terms:
        return "Tippfehler-Korrektur" if group.typo else "Synonym"
    if term in group.expansions:
        return "Thesaurus"
    return "Wortteil"


def _texts(entry, text):
    themes = " ".join(name for _slug, name in entry.themes or [])
    return {
        "title": entry.title,
        "summary": text.summary if text else "",
        "meta": f"{themes} {entry.municipality_name} {entry.kreis_name}",
        "body": text.body if text else "",
        "documents": text.documents if text else "",
    }


def _length_weight(texts, terms, cluster):
    """The factor the answering engine gives the page for its length (1: none)."""
    if cluster:
        from .backends.schema import brevity

        return brevity(texts.values())
    return ranking.brevity(sum(map(len, terms.values())))


ENGINE_LABELS = {
    "database": "Datenbanksuche",
    "opensearch": "OpenSearch",
    "elasticsearch": "Elasticsearch",
}


def explain(query, user, limit=10):
    """Explanations of the top `limit` hits of `query` for `user` (empty for no hits), in the
    order of the engine that answers the search page; the words and weights described are the
    site's analysis, which the cluster's query follows."""
    from . import backends

    outcome, fallback = backends.ask("search", query, engine.Filters(), user, limit=limit)
    groups = engine.analyse(query)
    with connection.cursor() as cursor:
        state = facets.current(cursor)
    weighted = engine._weighted_terms(groups, state) if groups else []
    ids = [hit.page_id for hit in outcome.hits]
    entries = SearchEntry.objects.in_bulk(ids)
    texts = SearchEntryText.objects.in_bulk(ids)
    result = []
    cluster = backends.uses_cluster() and not fallback
    for rank, hit in enumerate(outcome.hits, start=1):
        if hit.page_id not in entries:  # left the index since the engine answered
            continue
        text = _texts(entries[hit.page_id], texts.get(hit.page_id))
        terms = {name: index_terms(value) for name, value in text.items()}
        length_weight = _length_weight(text, terms, cluster)
        fields = {name: set(found) for name, found in terms.items()}
        matches, missing = [], []
        for index, group in enumerate(groups):
            found = []
            for term in (t for t in weighted if t.group == index):
                where = [FIELD_LABELS[name] for name, terms in fields.items() if term.term in terms]
                if where:
                    found.append(
                        Match(group.terms[0], term.term, _how(group, term.term), term.weight, where)
                    )
            if found:
                matches.extend(found)
            else:
                missing.append(group.terms[0])
        result.append(
            Explanation(
                rank, hit.title, hit.url, str(hit.kind_label), matches, missing, length_weight
            )
        )
    return result


def engine_label():
    """Which engine orders the hits, as editors read it."""
    from . import backends

    name = backends.engine().name
    return ENGINE_LABELS.get(name, name)


def weights():
    """The ranking's settings as editors read them."""
    return {
        "Titel": ranking.FIELDS["title"],
        "Kurzbeschreibung": ranking.FIELDS["summary"],
        "Themen und Orte": ranking.FIELDS["meta"],
        "Text": ranking.FIELDS["body"],
        "Dokumente": ranking.FIELDS["documents"],
    }
