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
from operator import add

# Weight of a match in each field.
FIELDS = {"title": 10.0, "summary": 5.0, "meta": 4.0, "body": 1.0, "documents": 0.4}
# Saturation of the field-weighted term frequency. High, because the fields are summed before
# saturating (BM25F): with 1.2 a word in the title (weight 10) and once in a long page's body
# were nearly the same; with 6 a write-up about the word ranks clearly above a long page that
# mentions it in passing.
K1 = 6.0
B = 1.0  # how much a page's length counts against it: fully (long many-topic pages)
AVERAGE_LENGTH = 200  # a typical page's number of index terms (all fields)
# Beyond this many index terms a page's weights fall in proportion to its length: with
# BM25F's saturation alone a long page that names a word in its summary stood level with the
# short write-up about it. A title's words weigh at least what they would in the title alone,
# so a long module page still comes first for the words of its title.
PIVOT_LENGTH = 100
SCALE = 1000  # impacts are stored as integer thousandths
MAX_IMPACT = round(SCALE * (K1 + 1))  # the highest impact a term can have
MAX_TERM_LENGTH = 100

# Weight of a query term relative to the word as typed.
SYNONYM_WEIGHT = 0.8
TYPO_WEIGHT = 0.7
PART_WEIGHT = 0.25
EXPANSION_WEIGHT = 0.5
MAX_EXPANSIONS = 3  # thesaurus words per query word (those the index has, exact sets first)
# Share of the score that depends on how many of the query's words a page has.
COORDINATION = 0.5


def impacts(columns: dict[str, list[str]]) -> dict[str, int]:
    """{term: impact} of one page from its analysed fields (terms in order, repeats kept).

    BM25 over the page as one text in which a match counts with its field's weight: a long page
    that mentions a word in passing weighs it less than a short one about it (`PIVOT_LENGTH`).
    """
    length = sum(len(terms) for terms in columns.values())
    norm = _norm(length)
    short = brevity(length)
    weighted: Counter = Counter()
    for name, terms in columns.items():
        weight = FIELDS[name]
        for term, count in Counter(terms).items():
            if len(term) <= MAX_TERM_LENGTH:
                weighted[term] += count * weight
    result = {term: max(1, round(short * _saturated(tf, norm))) for term, tf in weighted.items()}
    title = columns.get("title", ())  # at least as much as in the title alone
    title_norm = _norm(len(title))
    for term, count in Counter(title).items():
        if term in result:
            alone = round(_saturated(count * FIELDS["title"], title_norm))
            result[term] = max(result[term], alone)
    return result


def _norm(length: int) -> float:
    """BM25's length normalisation of a text of `length` index terms."""
    return K1 * (1 - B + B * length / AVERAGE_LENGTH)


def _saturated(tf: float, norm: float) -> float:
    """BM25's saturated term frequency, in `SCALE`ths."""
    return SCALE * tf * (K1 + 1) / (tf + norm)


def brevity(length: int) -> float:
    """The factor of a page's impacts by its number of index terms (`PIVOT_LENGTH`)."""
    return min(1.0, PIVOT_LENGTH / max(1, length))


def idf(doc_count: int, total: int) -> float:
    """BM25's inverse document frequency, never negative (a word in most pages still counts)."""
    return math.log(1 + (total - doc_count + 0.5) / (doc_count + 0.5))


def word_rarity(group, doc_counts: dict[str, int], total: int) -> float:
    """The rarity a query word's terms share: the most frequent one's. They name one concept
    (synonyms are indexed under their group's first term too), so that "Kindertagesstätte"
    does not outweigh "Kita" in a search for either."""
    return idf(max((doc_counts.get(term, 1) for term in group.terms), default=1), total)


def expansion_rarities(group, doc_counts: dict[str, int], total: int, rarity: float) -> dict:
    """{thesaurus term: its rarity, at most the word's `rarity`} of the word's first
    MAX_EXPANSIONS expansions the index has: a thesaurus word rarer than the word typed
    counts only as much as the word would ("Haus" for Familie must not outweigh a page about
    families)."""
    present = [term for term in group.expansions if doc_counts.get(term)][:MAX_EXPANSIONS]
    return {term: min(rarity, idf(doc_counts[term], total)) for term in present}


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
        rarity = word_rarity(group, doc_counts, total)
        own = [(term, 1.0 if n == 0 else SYNONYM_WEIGHT) for n, term in enumerate(group.terms)]
        if group.typo:
            own = [(term, TYPO_WEIGHT) for term, _weight in own]
        for term, weight in own:
            if (term, index) not in seen:
                seen.add((term, index))
                result.append(WeightedTerm(term, index, rarity * weight, True))
        for term, capped in expansion_rarities(group, doc_counts, total, rarity).items():
            if (term, index) not in seen:
                seen.add((term, index))
                result.append(WeightedTerm(term, index, capped * EXPANSION_WEIGHT, True))
        for term in group.parts:
            if (term, index) not in seen:
                seen.add((term, index))
                part_rarity = idf(doc_counts.get(term, 1), total)
                result.append(WeightedTerm(term, index, part_rarity * PART_WEIGHT, False))
    return result


def scores(page_ids, lookups, groups: int) -> list[float]:
    """Coordination * sum over words of the best weight * impact, for each page in `page_ids`;
    the caller multiplies by the type weight. `lookups`: (`search.snapshot.Postings`,
    [(word, weight), ...]) per query term. Computed term by term over all pages at once."""
    best: dict[int, list[float]] = {}
    for postings, weights in lookups:
        impacts = postings.impacts(page_ids)
        for group, weight in weights:
            values = [weight * impact for impact in impacts]
            best[group] = list(map(max, best[group], values)) if group in best else values
    if not best:
        return [0.0] * len(page_ids)
    words = [0] * len(page_ids)
    for values in best.values():
        words = list(map(add, words, map(bool, values)))
    base, share = 1 - COORDINATION, COORDINATION / max(1, groups)
    return [
        total * (base + share * count)
        for total, count in zip(map(sum, zip(*best.values(), strict=True)), words, strict=True)
    ]
