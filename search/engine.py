# ruff: noqa: S608 - SQL is assembled from fixed fragments; every value is a bound parameter.
"""The search itself: match, filter, rank, count facets, build snippets; SQLite and PostgreSQL.

A search costs two SQL statements whatever the number of hits (see `run`), plus one that
re-checks the shown hits against `knowledge.access.viewable`.
Query terms reach the SQL only as bound parameters, quoted for FTS5, so no input breaks it.
"""

import json
import logging
import re
from dataclasses import dataclass, field
from functools import lru_cache

from django.db import connection
from django.utils import timezone
from django.utils.html import escape
from django.utils.safestring import mark_safe

from knowledge.access import hidden_paths

from . import ranking, registry, snapshot, sql, topk
from .analysis import (
    MAX_TYPO_WORDS,
    MAX_WORD,
    TYPO_MAX_LENGTH,
    QueryGroup,
    analyse_query,
    analyse_word,
    fold,
    index_terms,
    spelling_variants,
    typo_candidates,
    word_stem,
)
from .indexing import FTS_TABLE, is_postgres
from .models import SearchTerm

logger = logging.getLogger(__name__)

MAX_GROUPS = 32
MAX_TERMS = 200
SNIPPET_WORDS = 30
SNIPPET_SCAN = 4000  # characters of each text searched for the snippet
FACET_ORDER = ["typ", "thema", "kreis", "kommune", "jahr", "zielgruppe"]


@dataclass
class Filters:
    """The narrowing a visitor chose; all values already validated."""

    themes: list = field(default_factory=list)
    kind: str = ""
    municipality: str = ""
    kreis: str = ""
    year: int | None = None
    target_group: str = ""
    # Slugs of the places within a radius (None: no radius search).
    municipalities: list | None = None
    # The same radius as (latitude, longitude, km) of its centre, for engines with geo search.
    near: tuple | None = None


@dataclass
class Hit:
    page_id: int
    kind: str
    kind_label: str
    title: str
    url: str
    municipality: str
    year: int | None
    themes: list
    snippet: str


@dataclass
class FacetValue:
    value: str
    label: str
    count: int


@dataclass
class Outcome:
    count: int
    hits: list
    facets: dict
    terms: set
    groups: list
    typos: bool = False  # a word was unknown and is searched as the known words one typo away
    # "Meinten Sie …?" when the engine answered it with the search itself (None: ask apart).
    suggestion: str | None = None


# --- Query analysis ---------------------------------------------------------------------------


def clean_text(text):
    """Drop NUL and other control characters a database cannot store or a stranger sent."""
    return re.sub(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]", " ", text or "")


def known_terms(candidates):
    """Which of the candidate terms occur in the (public) index vocabulary."""
    return set(term_counts(candidates))


def term_counts(candidates):
    """{term: pages holding it} for the candidates in the index vocabulary.

    Plain SQL in chunks: typo lookups send thousands of candidates, and the ORM's preparation
    of each value cost three times the query itself.
    """
    candidates = [c for c in dict.fromkeys(candidates) if c and len(c) <= 100]
    counts = {}
    with connection.cursor() as cursor:
        for start in range(0, len(candidates), 900):
            condition, params = sql.one_of("term", candidates[start : start + 900])
            cursor.execute(
                f"SELECT term, doc_count FROM {SearchTerm._meta.db_table} WHERE {condition}",
                params,
            )
            counts.update(cursor.fetchall())
    return counts


def analyse(query, state=None):
    """The query's `QueryGroup`s, limited to a sane number of words and terms. With the
    index's `state` (a snapshot), vocabulary look-ups go through its cache."""
    known = known_terms if state is None else lambda terms: set(_counts(terms, state))
    groups = analyse_query(clean_text(query), known)[:MAX_GROUPS]
    cleaned, total = [], 0
    for group in groups:
        terms = [t for t in dict.fromkeys(clean_text(t).strip() for t in group.terms) if _usable(t)]
        terms = terms[: max(0, MAX_TERMS - total)]
        total += len(terms)
        if not terms:
            continue
        phrases = [p for p in group.phrases if all(map(_usable, p))][: max(0, MAX_TERMS - total)]
        total += len(phrases)
        parts = [t for t in group.parts if _usable(t)][: max(0, MAX_TERMS - total)]
        total += len(parts)
        expansions = [t for t in group.expansions if _usable(t)][: max(0, MAX_TERMS - total)]
        total += len(expansions)
        cleaned.append(QueryGroup(terms, phrases, parts, group.typo, expansions))
    return cleaned


def _usable(term):
    return bool(term) and len(term) <= 100 and any(ch.isalnum() for ch in term)


def _quoted(term):
    return '"' + term.replace('"', '""') + '"'


def _phrases_sql(groups):
    """SQL and params of the page ids that have a head-first phrase of a compound, or None."""
    phrases = [f"{head} {modifier}" for group in groups for head, modifier in group.phrases]
    if not phrases:
        return None
    if is_postgres():
        tsquery = " || ".join(["phraseto_tsquery('simple', %s)"] * len(phrases))
        return f"SELECT page_id FROM search_searchentry WHERE search_vector @@ ({tsquery})", phrases
    expression = " OR ".join(_quoted(phrase) for phrase in phrases)
    return f"SELECT rowid AS page_id FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH %s", [expression]


def _counts(terms, state):
    """`term_counts` through the cache of the snapshot `state` (valid for its index version)."""
    return state.term_counts(terms, term_counts)


def _weighted_terms(groups, state, loose=False):
    terms = {t for group in groups for t in (*group.terms, *group.parts, *group.expansions)}
    weighted = ranking.weighted_terms(groups, _counts(terms, state), state.total)
    if loose:
        for term in weighted:
            term.strict = True
    return weighted


def matching(cursor, state, groups, weighted):
    """(mask of the pages that match: a strict term of a query word or a head-first phrase,
    {term: `search.snapshot.Postings`} of every query term)."""
    postings = state.postings(list(dict.fromkeys(t.term for t in weighted)), cursor)
    mask = 0
    for term in weighted:
        if term.strict:
            mask |= postings[term.term].mask
    phrases = _phrases_sql(groups)
    if phrases is not None:

        def load():
            cursor.execute(*phrases)
            return snapshot.mask_of([row[0] for row in cursor.fetchall()])

        mask |= state.cached(("phrase", *phrases[1]), load)
    return mask, postings


def allowed(cursor, state, filters, user, now):
    """Mask of the entries `user` may see at `now`, narrowed by `filters`."""
    mask = state.visible(hidden_paths(user), now, cursor)
    codes = [
        ("typ", filters.kind),
        ("kommune", filters.municipality),
        ("kreis", filters.kreis),
        ("jahr", filters.year),
        ("zielgruppe", filters.target_group),
        *(("thema", slug) for slug in filters.themes),
    ]
    for facet, value in codes:
        if value:
            mask &= state.facet(f"{facet}={value}")
    if filters.municipalities is not None:
        places = 0
        for slug in filters.municipalities:
            places |= state.facet(f"kommune={slug}")
        mask &= places
    return mask


# The hits shown, joined with the page itself: the index must never outlive the page's
# visibility (live, not expired, not under a restriction the user fails), whatever happened.
DETAILS_SQL = """
SELECT e.page_id, e.kind, e.title, e.url, e.municipality_name, e.year, e.themes,
       t.summary, t.body, t.documents
FROM search_searchentry e
JOIN wagtailcore_page p ON p.id = e.page_id
LEFT JOIN search_searchentrytext t ON t.entry_id = e.page_id
WHERE e.page_id IN ({placeholders}) AND p.live AND (p.expire_at IS NULL OR p.expire_at > %s)
{paths}
"""


def facet_values(counter):
    """{facet: [FacetValue]} with labels, from {"facet=value": count}; every engine's facets."""
    from .vocabulary import facet_labels

    labels = facet_labels()
    facets = {name: [] for name in FACET_ORDER}
    for code, count in counter.items():
        name, _, value = code.partition("=")
        if name in facets:
            label = labels.get(name, {}).get(value, value)
            facets[name].append(FacetValue(value, str(label), count))
    for name, values in facets.items():
        if name == "jahr":
            values.sort(key=lambda v: v.value, reverse=True)
        else:
            values.sort(key=lambda v: (-v.count, v.label.casefold()))
    return facets


def run(query, filters, user, sort="relevanz", offset=0, limit=10, ranked_ids=None):
    """Search the index; returns hits of the requested slice, the total count and facets.

    The matches, the count and the facet counts come from the bit masks of the process's
    `search.snapshot` (frequent words cost nothing after their first search); the top hits from
    `search.topk`, which reads each term's heaviest postings instead of scoring every match; one
    statement fetches the text of the hits shown. The cost hardly grows with the matches.
    `ranked_ids`: an order decided elsewhere (a search cluster); only counted and shown here.
    """
    selection = _select(query, filters, user, sort, offset + limit, ranked_ids)
    if selection is None:
        # Only stop words or punctuation: nothing can match.
        return Outcome(0, [], {name: [] for name in FACET_ORDER}, set(), [])
    state, groups, matches, ordered = selection
    with connection.cursor() as cursor:
        counts = state.count(matches)
        ranked = ordered[offset:]
        details = {}
        if ranked:
            placeholders = ",".join(["%s"] * len(ranked))
            hidden = hidden_paths(user)
            paths = "".join(f"AND substr(p.path, 1, {len(path)}) <> %s " for path in hidden)
            cursor.execute(
                DETAILS_SQL.format(placeholders=placeholders, paths=paths),
                [*ranked, timezone.now(), *hidden],
            )
            details = {row[0]: row for row in cursor.fetchall()}
    terms = {term for group in groups for term in group.terms}
    hits = _hits([details[pk] for pk in ranked if pk in details], terms)
    typos = any(group.typo for group in groups)
    return Outcome(
        matches.bit_count(),
        hits,
        facet_values(counts),
        terms,
        [group.terms for group in groups],
        typos,
    )


def ranked_ids(query, filters, user, limit):
    """Ids of the best `limit` matches in relevance order, without text, snippets or facets:
    for a listing that shows its own cards (`search.listing`)."""
    selection = _select(query, filters, user, "relevanz", limit, None)
    return [] if selection is None else selection[3][:limit]


def _select(query, filters, user, sort, wanted, ranked_ids):
    """(snapshot, query groups, mask of the matches, the first `wanted` ids in order), or None
    when the query holds nothing searchable."""
    with connection.cursor() as cursor:
        # The index version first: the analysis looks words up in its vocabulary cache.
        state = snapshot.current(cursor)
    groups = analyse(query, state) if query and query.strip() else []
    if query and query.strip() and not groups and ranked_ids is None:
        return None
    if not groups and ranked_ids is None and sort == "relevanz":
        sort = "neueste"
    now = timezone.now()
    with connection.cursor() as cursor:
        visible = allowed(cursor, state, filters, user, now)
        if ranked_ids is not None:
            matches = snapshot.mask_of(ranked_ids) & visible
            rank = {pk: position for position, pk in enumerate(ranked_ids)}
            ordered = sorted(snapshot.members(matches), key=rank.__getitem__)[:wanted]
            if sort == "neueste":
                ordered = state.newest_of(matches, wanted)
        elif not groups:
            matches = visible
            ordered = state.newest_of(matches, wanted)
        else:
            weighted = _weighted_terms(groups, state)
            unfiltered, postings = matching(cursor, state, groups, weighted)
            if not unfiltered & visible and any(group.parts for group in groups):
                # Nothing has the words themselves: let their compound parts find something.
                weighted = _weighted_terms(groups, state, loose=True)
                unfiltered, postings = matching(cursor, state, groups, weighted)
            matches = unfiltered & visible
            if sort == "neueste":
                ordered = state.newest_of(matches, wanted)
            else:
                share = matches.bit_count() / max(1, unfiltered.bit_count())
                ranker = topk.Ranker(
                    cursor,
                    weighted,
                    len(groups),
                    matches,
                    state,
                    registry.kind_weights(),
                    postings,
                    share,
                )
                ordered = ranker.top(wanted)
    return state, groups, matches, ordered


def _hits(rows, terms):
    labels = registry.kind_labels()
    hits = []
    for page_id, kind, title, url, municipality, year, themes, summary, body, docs in rows:
        if isinstance(themes, str):
            themes = json.loads(themes)
        hits.append(
            Hit(
                page_id=page_id,
                kind=kind,
                kind_label=labels.get(kind, kind),
                title=title,
                url=url,
                municipality=municipality,
                year=year,
                themes=[(slug, name) for slug, name in themes or []],
                snippet=snippet(terms, summary, body, docs),
            )
        )
    return hits


# --- Snippets ---------------------------------------------------------------------------------

TOKEN = re.compile(r"\w+|[^\w\s]+|\s+", re.UNICODE)


@lru_cache(maxsize=50_000)
def _word_terms(word):
    return frozenset(index_terms(word))


def snippet(terms, *texts, words=SNIPPET_WORDS):
    """A window of the first text that matches, query words wrapped in <mark>; escaped HTML."""
    texts = [t for t in texts if t]
    if not texts:
        return ""
    for text in texts:
        tokens = TOKEN.findall(text[:SNIPPET_SCAN])
        marks = [
            i
            for i, tok in enumerate(tokens)
            if terms and (tok[0].isalnum() or tok[0] == "_") and _word_terms(tok) & terms
        ]
        if marks:
            return _window(tokens, marks, words)
    return _window(TOKEN.findall(texts[0][:SNIPPET_SCAN]), [], words)


def _window(tokens, marks, words):
    word_positions = [i for i, tok in enumerate(tokens) if not tok.isspace()]
    if not word_positions:
        return ""
    if marks:
        # Start a few words before the densest stretch of marks.
        best, best_count = marks[0], 0
        for start in marks:
            count = sum(1 for m in marks if start <= m < start + words * 2)
            if count > best_count:
                best, best_count = start, count
        index = word_positions.index(best) if best in word_positions else 0
        first = word_positions[max(0, index - 5)]
    else:
        index, first = 0, word_positions[0]
    last_index = min(len(word_positions) - 1, word_positions.index(first) + words * 2)
    last = word_positions[last_index]
    marked = set(marks)
    parts = ["… " if first > word_positions[0] else ""]
    for i in range(first, last + 1):
        token = escape(" " if tokens[i].isspace() else tokens[i])
        parts.append(f"<mark>{token}</mark>" if i in marked else token)
    if last < word_positions[-1]:
        parts.append(" …")
    return mark_safe("".join(parts))  # noqa: S308 - every token escaped above


# --- "Meinten Sie …?" ------------------------------------------------------------------------


def did_you_mean(query):
    """A corrected query when words of it are unknown and one edit away from known terms.

    Works on the analysed words: "Pflge" is corrected to "pflege" because the stem of that
    variant ("pfleg") is in the index vocabulary. The most frequent variant wins. At most
    MAX_TYPO_WORDS words of 4 to TYPO_MAX_LENGTH letters are corrected (bounded work).
    """
    words = [word[:MAX_WORD] for word in re.findall(r"\w+", clean_text(query))[:MAX_GROUPS]]
    if not words:
        return ""
    wanted = {}
    for word in dict.fromkeys(words):
        terms = analyse_word(word)
        folded = fold(word)
        if terms is not None and 4 <= len(folded) <= TYPO_MAX_LENGTH and folded.isalpha():
            # The stems are cached (the search itself asked for them); the spelled-out variants
            # are built below only for a word with a known stem.
            wanted[word] = (terms, folded, typo_candidates(folded))
            if len(wanted) == MAX_TYPO_WORDS:
                break  # each word brings up to ~1,600 variants to look up
    if not wanted:
        return ""
    own = {t for terms, _folded, _stems in wanted.values() for t in (terms.primary, *terms.extra)}
    stems = set().union(*(stems for _terms, _folded, stems in wanted.values()))
    with connection.cursor() as cursor:
        counts = _counts(own | stems, snapshot.current(cursor))
    corrected, changed = [], False
    for word in words:
        if word in wanted:
            terms, folded, stems = wanted[word]
            known = any(t in counts for t in (terms.primary, *terms.extra))
            if not known and stems & counts.keys():
                variants = spelling_variants(folded)
                options = [(counts[stem], edit) for edit, stem in variants if stem in counts]
                edit = max(options)[1]
                corrected.append(edit.capitalize() if word[:1].isupper() else edit)
                changed = True
                continue
        corrected.append(word)
    return " ".join(corrected) if changed else ""


# --- Autocomplete -----------------------------------------------------------------------------


def suggest_titles(prefix, user, limit=6):
    """(title, url, kind) of readable pages, newest first, whose title has the words typed and
    a word starting with the last one (`search.titles`); then one query for the few found."""
    prefix = " ".join(clean_text(prefix).casefold().split())[:100]
    if len(prefix) < 2:
        return []
    words = [w for w in re.findall(r"\w+", prefix) if _usable(w)][-6:]
    if not words:
        return []
    *complete, partial = words
    complete = [terms.primary for terms in map(analyse_word, complete) if terms is not None]
    # Index terms are stems without umlauts: "Familien" starts "famili", "Zül" starts "zul".
    start = word_stem(partial) or fold(partial)
    if not start:
        return []
    with connection.cursor() as cursor:
        state = snapshot.current(cursor)
        visible = snapshot.Membership(state.visible(hidden_paths(user), timezone.now(), cursor))
        found = state.titles(cursor).find(complete, start, visible.__contains__, limit, state.newer)
        if not found:
            return []
        cursor.execute(
            f"SELECT page_id, title, url, kind FROM search_searchentry WHERE page_id IN "
            f"({','.join(['%s'] * len(found))})",
            found,
        )
        rows = {row[0]: row[1:] for row in cursor.fetchall()}
    return [rows[pk] for pk in found if pk in rows]
