# ruff: noqa: S608 - SQL is assembled from fixed fragments; every value is a bound parameter.
"""The top hits of the ranking without scoring every match: Fagin's threshold algorithm.

The score of a page (`search.ranking`) is a sum over the query's words of the best
`weight * impact` among each word's terms, times coordination (at most 1) and the type weight.
Each term's postings are read in the order of their impact (an index on term, impact): after
reading the first `depth` postings of every term, a page not seen yet has at most the impact
last read in each list, so it can score at most

    bound = highest type weight * sum over words of max over their terms of weight * last impact

The pages seen are scored exactly (their impacts for all query terms, from the postings the
process keeps in its `search.snapshot`);
once the k-th best of them reaches the bound no unseen page can enter the top k, and the search
stops. Otherwise it reads deeper (twice as far). A frequent word among 100,000 pages is thus
answered from its few hundred heaviest postings instead of all of them.

Only pages in `matches` count (what the visitor may see, narrowed by the filters, that match a
query word or phrase); when they are few, they are scored directly.
"""

import heapq
from operator import mul

from . import ranking
from .snapshot import Membership, members
from .sql import is_postgres

# Matches up to this number are scored directly (one lookup), without reading lists in order.
DIRECT = 1000
FIRST_DEPTH = 32
MAX_FIRST_DEPTH = 4096
DEEPER = 2
# The search stops when no unseen page can score more than this share above the k-th best: in
# a large collection thousands of pages mention the same words alike, and proving which of
# nearly equal scores is the highest would mean scoring all of them.
TOLERANCE = 0.05
# At most this many pages are scored per search (a bound on the work; see `Ranker.exact`).
MAX_SCORED = 6000


def heaviest(cursor, requests):
    """(term, page id, impact) of postings in order of impact for each (term, limit, offset)."""
    if not requests:
        return []
    if is_postgres():
        terms, limits, offsets = zip(*requests, strict=True)
        cursor.execute(
            "SELECT q.term, p.page_id, p.impact "
            "FROM unnest(%s::varchar[], %s::integer[], %s::integer[]) AS q (term, lim, skip) "
            "CROSS JOIN LATERAL (SELECT page_id, impact FROM search_searchposting s "
            "WHERE s.term = q.term ORDER BY impact DESC, page_id DESC "
            "LIMIT q.lim OFFSET q.skip) p",
            [list(terms), list(limits), list(offsets)],
        )
        return cursor.fetchall()
    one = (
        "SELECT * FROM (SELECT term, page_id, impact FROM search_searchposting "
        "WHERE term = %s ORDER BY impact DESC, page_id DESC LIMIT %s OFFSET %s)"
    )
    rows = []
    for start in range(0, len(requests), 150):
        chunk = requests[start : start + 150]
        cursor.execute(
            " UNION ALL ".join([one] * len(chunk)), [v for request in chunk for v in request]
        )
        rows += cursor.fetchall()
    return rows


class Ranker:
    """Scores pages for one query; `top(k)` returns the k best page ids in order."""

    def __init__(
        self, cursor, terms, groups, matches, snapshot, kind_weights, postings, selectivity=1.0
    ):
        """`postings`: {term: `search.snapshot.Postings`} of every term in `terms`."""
        self.cursor = cursor
        self.terms = terms
        self.groups = groups
        self.matches = matches
        self.snapshot = snapshot
        self.kind_weight = [kind_weights.get(kind, 1.0) for kind in snapshot.kinds]
        self.max_kind = max([1.0, *self.kind_weight])
        self.selectivity = max(selectivity, 1e-4)
        self.by_term = {}
        for term in terms:
            self.by_term.setdefault(term.term, []).append(term)
        self.lookups = [
            (postings[term], [(t.group, t.weight) for t in weighted])
            for term, weighted in self.by_term.items()
        ]
        self.scores = {}  # page id -> score of the pages scored so far
        # After `top`: the share by which an unseen page could still outscore the k-th hit
        # (0: the top k are exact; at most TOLERANCE unless MAX_SCORED stopped the search).
        self.gap = 0.0

    def _score(self, page_ids):
        kinds = map(self.snapshot.kind_of.__getitem__, page_ids)
        weights = map(self.kind_weight.__getitem__, kinds)
        scores = ranking.scores(page_ids, self.lookups, self.groups)
        self.scores.update(zip(page_ids, map(mul, scores, weights), strict=False))

    def _best(self, k):
        # Equal scores: the newer page first, then the higher page id.
        sort_key, scores = self.snapshot.sort_key, self.scores
        return heapq.nlargest(k, scores, key=lambda pk: (scores[pk], sort_key[pk], pk))

    def top(self, k):
        size = self.matches.bit_count()
        if k <= 0 or not size:
            return []
        if size <= DIRECT or not self.terms:
            self._score(members(self.matches))
            return self._best(k)
        inside = Membership(self.matches)
        depth = min(MAX_FIRST_DEPTH, max(FIRST_DEPTH, int(k * 4 / self.selectivity)))
        read = dict.fromkeys(self.by_term, 0)
        # The highest impact a list can still hold: its last one read (0: read to its end).
        cap = dict.fromkeys(self.by_term, ranking.MAX_IMPACT)
        seen = set()
        while True:
            requests = [
                (term, depth - read[term], read[term])
                for term in self._lists_to_read(cap)
                if depth > read[term]
            ]
            if not requests:
                break
            rows = heaviest(self.cursor, requests)
            got = dict.fromkeys(cap, 0)
            new = []
            for term, page_id, impact in rows:
                got[term] += 1
                cap[term] = impact
                if page_id not in seen:
                    seen.add(page_id)
                    if page_id in inside:
                        new.append(page_id)
            for term, wanted, _offset in requests:
                read[term] += got[term]
                if got[term] < wanted:
                    cap[term] = 0
            if new:
                self._score(new)
            if len(self.scores) >= k:
                best = self._best(k)
                kth, bound = self.scores[best[-1]], self._bound(cap)
                if kth >= bound * (1 - TOLERANCE) or len(self.scores) >= MAX_SCORED:
                    self.gap = max(0.0, bound / kth - 1) if kth else float(bound > 0)
                    return best
            depth *= DEEPER
        # Every list that matters read to its end: the rest of the matches score nothing.
        if len(self.scores) < k:
            rest = [pk for pk in members(self.matches) if pk not in self.scores]
            self._score(rest)
        return self._best(k)

    def _lists_to_read(self, cap):
        """The terms whose lists decide the bound: in each word, those that may still hold
        more than half the word's best weight * impact (a compound part of small weight is
        not read while the word itself weighs more)."""
        best = {}
        for term in self.terms:
            best[term.group] = max(best.get(term.group, 0.0), term.weight * cap[term.term])
        return sorted(
            {
                term.term
                for term in self.terms
                if cap[term.term] and term.weight * cap[term.term] * 2 > best[term.group]
            }
        )

    def _bound(self, cap):
        """The most an unseen page can score: the words whose lists are all read to the end
        are missing from it, which its coordination counts too."""
        best = {}
        for term in self.terms:
            value = term.weight * cap[term.term]
            if value > best.get(term.group, 0.0):
                best[term.group] = value
        coordination = (
            1 - ranking.COORDINATION + ranking.COORDINATION * len(best) / max(1, self.groups)
        )
        return self.max_kind * coordination * sum(best.values())
