# ruff: noqa: S608 - SQL is assembled from fixed fragments; every value is a bound parameter.
"""How matches are ordered: BM25F on both databases, from weights stored at indexing time.

At indexing time each (term, page) gets its `impact`: the term frequency in each field, weighted
by the field (title > summary > names > body > documents) and normalised by the field's length
against a typical length, then saturated (k1): BM25F's term part. At query time the engine adds
for each query word the rarity of its terms (idf, from the vocabulary's document counts) and
sums over the words:

    score = coordination * type weight * sum over words of max over the word's terms of
            (idf(term) * term weight * impact(term, page))

- term weight: 1 for the word as typed, less for synonyms and words one typo away, and little
  for compound parts, which never match alone (see `search.analysis.QueryGroup`);
- coordination: a page that has more of the query's words ranks above one that repeats one;
- type weight: a mild preference for the structured write-ups over pages that mention the
  words in passing (`search.registry.register(..., weight=...)`).
"""

import math
from collections import Counter
from dataclasses import dataclass

# Weight of a match in each field.
FIELDS = {"title": 10.0, "summary": 5.0, "meta": 4.0, "body": 1.0, "documents": 0.4}
K1 = 1.2
B = 0.75  # how much a page's length counts against it
AVERAGE_LENGTH = 200  # a typical page's number of index terms (all fields)
SCALE = 1000  # impacts are stored as integer thousandths
MAX_TERM_LENGTH = 100

# Weight of a query term relative to the word as typed.
SYNONYM_WEIGHT = 0.8
TYPO_WEIGHT = 0.7
PART_WEIGHT = 0.25
EXPANSION_WEIGHT = 0.5
MAX_EXPANSIONS = 6  # thesaurus words per query word (those the index has, exact sets first)
# Share of the score that depends on how many of the query's words a page has.
COORDINATION = 0.5


def impacts(columns: dict[str, list[str]]) -> dict[str, int]:
    """{term: impact} of one page from its analysed fields (terms in order, repeats kept).

    BM25 over the page as one text in which a match counts with its field's weight: a long page
    that mentions a word in passing weighs it less than a short one about it.
    """
    length = sum(len(terms) for terms in columns.values())
    norm = K1 * (1 - B + B * length / AVERAGE_LENGTH)
    weighted: Counter = Counter()
    for name, terms in columns.items():
        weight = FIELDS[name]
        for term, count in Counter(terms).items():
            if len(term) <= MAX_TERM_LENGTH:
                weighted[term] += count * weight
    return {
        term: max(1, round(SCALE * tf * (K1 + 1) / (tf + norm))) for term, tf in weighted.items()
    }


def idf(doc_count: int, total: int) -> float:
    """BM25's inverse document frequency, never negative (a word in most pages still counts)."""
    return math.log(1 + (total - doc_count + 0.5) / (doc_count + 0.5))


@dataclass
class WeightedTerm:
    term: str
    group: int
    weight: float  # idf * term weight
    strict: bool  # a match on its own (not a compound part)


def weighted_terms(groups, doc_counts: dict[str, int], total: int) -> list[WeightedTerm]:
    """The query's terms with their weights.

    `doc_counts` counts public pages only (see `SearchTerm`): a term it lacks may still be in a
    restricted page a member can read, so it stays, as a rare term."""
    result = []
    seen = set()
    for index, group in enumerate(groups):
        # The word's terms name one concept (synonyms are indexed under their group's first
        # term too): they share the rarity of the most frequent, so that "Kindertagesstätte"
        # does not outweigh "Kita" in a search for either.
        rarity = idf(max(doc_counts.get(term, 1) for term in group.terms), total)
        own = [(term, 1.0 if n == 0 else SYNONYM_WEIGHT) for n, term in enumerate(group.terms)]
        if group.typo:
            own = [(term, TYPO_WEIGHT) for term, _weight in own]
        for term, weight in own:
            if (term, index) not in seen:
                seen.add((term, index))
                result.append(WeightedTerm(term, index, rarity * weight, True))
        present = [term for term in group.expansions if doc_counts.get(term)]
        for term in present[:MAX_EXPANSIONS]:
            if (term, index) not in seen:
                seen.add((term, index))
                weight = min(rarity, idf(doc_counts[term], total)) * EXPANSION_WEIGHT
                result.append(WeightedTerm(term, index, weight, True))
        for term in group.parts:
            if (term, index) not in seen:
                seen.add((term, index))
                part_rarity = idf(doc_counts.get(term, 1), total)
                result.append(WeightedTerm(term, index, part_rarity * PART_WEIGHT, False))
    return result


def kind_weight_sql(weights: dict[str, float]) -> tuple[str, list]:
    """A CASE expression for the type weight of `e.kind` (1 for types not listed)."""
    listed = [(kind, weight) for kind, weight in weights.items() if weight != 1]
    if not listed:
        return "1.0", []
    cases = " ".join("WHEN %s THEN %s" for _ in listed)
    return f"(CASE e.kind {cases} ELSE 1.0 END)", [v for pair in listed for v in pair]


def scores_sql(terms: list[WeightedTerm], groups: int, phrases: tuple[str, list] | None):
    """SQL and params of a subquery (page_id, score, words) of the matching pages.

    A page matches through a strict term, or through `phrases` (SQL and params of a subquery
    of page ids, the head-first phrases of compounds); compound parts only add to the score.
    `words` is the number of query words the page has; the caller applies `coordination_sql`.
    """
    from .indexing import is_postgres

    if is_postgres():
        first = "(%s::varchar, %s::integer, %s::double precision, %s::integer)"
    else:
        first = "(%s, %s, %s, %s)"
    values = ", ".join([first] + ["(%s, %s, %s, %s)"] * (len(terms) - 1))
    params = [v for t in terms for v in (t.term, t.group, t.weight, int(t.strict))]
    having = "MAX(s.hit) = 1"
    if phrases is not None:
        having += f" OR s.page_id IN ({phrases[0]})"
        params += phrases[1]
    # One pass over the postings of the query's terms: best term per page and word, then the
    # pages with at least one strict match (or a phrase).
    sql = (
        f"WITH q (term, grp, w, strict) AS (VALUES {values}), "
        "s AS (SELECT p.page_id, q.grp, MAX(q.w * p.impact) AS best, MAX(q.strict) AS hit "
        "FROM q JOIN search_searchposting p ON p.term = q.term GROUP BY p.page_id, q.grp) "
        "SELECT s.page_id, SUM(s.best) AS score, COUNT(*) AS words FROM s "
        f"GROUP BY s.page_id HAVING {having}"
    )
    return sql, params


def coordination_sql(groups: int) -> str:
    """The coordination factor of a scores row `r`: 1 when the page has every query word."""
    return f"({1 - COORDINATION} + {COORDINATION} * r.words / {max(1, groups)}.0)"
