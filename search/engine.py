# ruff: noqa: S608 - SQL is assembled from fixed fragments; every value is a bound parameter.
"""The search itself: match, filter, rank, count facets, build snippets; SQLite and PostgreSQL.

A search costs two SQL statements whatever the number of hits (see `run`), plus one that
re-checks the shown hits against `knowledge.access.viewable`.
Query terms reach the SQL only as bound parameters, quoted for FTS5, so no input breaks it.
"""

import heapq
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

from . import facets as facet_masks
from . import ranking, registry
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
            chunk = candidates[start : start + 900]
            cursor.execute(
                f"SELECT term, doc_count FROM {SearchTerm._meta.db_table} "
                f"WHERE term IN ({','.join(['%s'] * len(chunk))})",
                chunk,
            )
            counts.update(cursor.fetchall())
    return counts


def analyse(query):
    """The query's `QueryGroup`s, limited to a sane number of words and terms."""
    groups = analyse_query(clean_text(query), known_terms)[:MAX_GROUPS]
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


def _weighted_terms(groups, state, loose=False):
    terms = {t for group in groups for t in (*group.terms, *group.parts, *group.expansions)}
    weighted = ranking.weighted_terms(groups, term_counts(terms), facet_masks.total(None, state))
    if loose:
        for term in weighted:
            term.strict = True
    return weighted


def _conditions(filters, user, now):
    conditions = ["(e.expire_at IS NULL OR e.expire_at > %s)"]
    params = [now]
    for path in hidden_paths(user):
        conditions.append(f"substr(e.path, 1, {len(path)}) <> %s")
        params.append(path)
    for column, value in (
        ("kind", filters.kind),
        ("municipality_slug", filters.municipality),
        ("kreis_slug", filters.kreis),
    ):
        if value:
            conditions.append(f"e.{column} = %s")
            params.append(value)
    if filters.municipalities is not None:
        placeholders = ",".join(["%s"] * len(filters.municipalities)) or "NULL"
        conditions.append(f"e.municipality_slug IN ({placeholders})")
        params.extend(filters.municipalities)
    if filters.year:
        conditions.append("e.year = %s")
        params.append(filters.year)
    tags = [("thema", slug) for slug in filters.themes]
    if filters.target_group:
        tags.append(("zielgruppe", filters.target_group))
    for facet, slug in tags:
        conditions.append(
            "e.page_id IN (SELECT entry_id FROM search_searchentrytag "
            "WHERE facet = %s AND slug = %s)"
        )
        params.extend([facet, slug])
    return " AND ".join(conditions), params


def _matches_sql(groups, filters, user, now, ranked_ids=None, weighted=None):
    """One statement listing every match as (score, sort key, page id): narrow rows."""
    where, params = _conditions(filters, user, now)
    columns = "{score}, e.sort_key, e.page_id"
    if ranked_ids is not None:
        placeholders = ",".join(["%s"] * len(ranked_ids)) or "NULL"
        sql = (
            f"SELECT {columns.format(score='0.0')} FROM search_searchentry e "
            f"WHERE e.page_id IN ({placeholders}) AND {where}"
        )
        return sql, [*ranked_ids, *params]
    if not groups:
        sql = f"SELECT {columns.format(score='0.0')} FROM search_searchentry e WHERE {where}"
        return sql, params
    if not weighted:
        return None, []
    scores, score_params = ranking.scores_sql(weighted, len(groups), _phrases_sql(groups))
    kind, kind_params = ranking.kind_weight_sql(registry.kind_weights())
    score = f"r.score * {ranking.coordination_sql(len(groups))} * {kind}"
    # CROSS JOIN keeps SQLite's join order: scored matches first, then their entries.
    sql = (
        f"SELECT {columns.format(score=score)} FROM ({scores}) r "
        f"CROSS JOIN search_searchentry e WHERE e.page_id = r.page_id AND {where}"
    )
    return sql, [*kind_params, *score_params, *params]


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

    One statement lists every match with its score and sort key (narrow rows); facets are
    counted on the bit masks of `search.facets` and the top hits picked here; a second statement
    fetches the text of the hits shown. The cost grows with the matches, not with the pages shown.
    """
    groups = analyse(query) if query and query.strip() else []
    if query and query.strip() and not groups and ranked_ids is None:
        # Only stop words or punctuation: nothing can match.
        return Outcome(0, [], {name: [] for name in FACET_ORDER}, set(), [])
    if not groups and ranked_ids is None and sort == "relevanz":
        sort = "neueste"
    now = timezone.now()
    with connection.cursor() as cursor:
        state = facet_masks.current(cursor)
        weighted = _weighted_terms(groups, state) if groups and ranked_ids is None else None
        rows = _fetch(cursor, *_matches_sql(groups, filters, user, now, ranked_ids, weighted))
        if not rows and weighted and any(group.parts for group in groups):
            # Nothing has the words themselves: let their compound parts find something.
            weighted = _weighted_terms(groups, state, loose=True)
            rows = _fetch(cursor, *_matches_sql(groups, filters, user, now, None, weighted))
        counts = facet_masks.count([row[2] for row in rows], cursor, state)
        if ranked_ids is not None:
            rank = {pk: -position for position, pk in enumerate(ranked_ids)}
            rows = [(rank.get(pk, -len(rank)), key, pk) for _score, key, pk in rows]
        # Tuples compare in C: score, then newer first, then the higher page id.
        if sort == "neueste":
            rows = [(key, pk) for _score, key, pk in rows]
        top = heapq.nlargest(offset + limit, rows)
        ranked = [row[-1] for row in top[offset:]]
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
        len(rows), hits, facet_values(counts), terms, [group.terms for group in groups], typos
    )


def _fetch(cursor, sql, params):
    if sql is None:
        return []
    cursor.execute(sql, params)
    return cursor.fetchall()


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
    counts = term_counts(own | stems)
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
    """Titles of readable pages with words starting as typed; one indexed query."""
    prefix = " ".join(clean_text(prefix).casefold().split())[:100]
    if len(prefix) < 2:
        return []
    words = [w for w in re.findall(r"\w+", prefix) if _usable(w)][-6:]
    if not words:
        return []
    where, params = _conditions(Filters(), user, timezone.now())
    *complete, partial = words
    if is_postgres():
        # Words as bound parameters, quoted by the server; title (weight A) only.
        tsquery = " && ".join(
            ["to_tsquery('simple', quote_literal(%s) || ':A')"] * len(complete)
            + ["to_tsquery('simple', quote_literal(%s) || ':*A')"]
        )
        sql = (
            "SELECT e.title, e.url, e.kind FROM search_searchentry e "
            f"WHERE e.search_vector @@ ({tsquery}) AND {where} "
            "ORDER BY e.sort_key DESC LIMIT %s"
        )
        match_params = [*complete, partial]
    else:
        quoted = ['"' + w.replace('"', '""') + '"' for w in complete]
        last = '"' + partial.replace('"', '""') + '" *'
        expression = "title : (" + " AND ".join([*quoted, last]) + ")"
        sql = (
            f"SELECT e.title, e.url, e.kind FROM (SELECT rowid AS page_id FROM {FTS_TABLE} "
            f"WHERE {FTS_TABLE} MATCH %s) m CROSS JOIN search_searchentry e "
            f"WHERE e.page_id = m.page_id AND {where} ORDER BY e.sort_key DESC LIMIT %s"
        )
        match_params = [expression]
    with connection.cursor() as cursor:
        cursor.execute(sql, [*match_params, *params, limit])
        return cursor.fetchall()
