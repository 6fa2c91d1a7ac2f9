"""Load the evaluation corpus into the database, run the queries, compute recall@10 and MRR.

Used by the quality test (tests/search/evaluation/test_quality.py) and by the benchmark
`benchmarks/search_quality.py`, which prints the figures per ranker, database backend, query
style (keyword, paraphrase) and setting (the judged collection alone, or with generated
distractor pages beside it). Another engine is measured the same way: give `evaluate` a
function from a query to ranked page ids.

    pages = load_corpus()                 # {key: page id} of the judged collection
    load_distractors(10_000)              # optional: long many-topic pages beside it
    by_style = evaluate_styles(search, pages)   # {"keyword": Figures, "paraphrase": ...}
"""

import math
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from .corpus import OTHER_PAGES, PROJECTS
from .queries import JUDGED, SYNONYMS

TOP = 10


@dataclass
class Figures:
    recall: float
    mrr: float
    zero_hits: int
    queries: int
    misses: list = field(default_factory=list)  # (query, recall, first relevant rank)

    def line(self, label: str) -> str:
        return (
            f"{label:<38} recall@10 {self.recall:.3f}   MRR {self.mrr:.3f}   "
            f"zero hits {self.zero_hits:>2} / {self.queries}"
        )


def load_corpus() -> dict[str, int]:
    """Create the site, synonyms, practice projects and other pages; {key: page id}."""
    from search.models import Synonym
    from tests.builders import add_project, build_site, knowledge_sections, municipality

    for terms in SYNONYMS:
        Synonym.objects.get_or_create(terms=terms)
    home = build_site()
    sections = knowledge_sections(home)
    pages = _other_pages(home)
    for project in PROJECTS:
        name = project["municipality"]
        place = municipality(name, kind="kreis" if name.startswith("Kreis ") else "stadt")
        page = add_project(
            sections["projects"],
            title=project["title"],
            summary=project["summary"],
            municipality=place,
            themes=project["themes"],
            starting_situation=f"<p>{project['text']}</p>",
            slug=project["key"],
        )
        pages[project["key"]] = page.pk
    # Publishing indexes after the commit; the corpus may be loaded inside a transaction.
    from wagtail.models import Page

    from search.indexing import index_pages, specific_pages

    index_pages(specific_pages(Page.objects.filter(pk__in=pages.values())))
    return pages


def _other_pages(home) -> dict[str, int]:
    """The news, events and working-group results of the corpus; {key: page id}."""
    from tests.builders import add_event, add_news, add_result, event_index, news_index

    sections = {}
    pages = {}
    for spec in OTHER_PAGES:
        body = [{"type": "paragraph", "value": f"<p>{spec['text']}</p>"}]
        common = {"title": spec["title"], "themes": spec["themes"], "slug": spec["key"]}
        if spec["kind"] == "meldung":
            index = sections.setdefault("news", news_index(home))
            page = add_news(index, lead=spec["summary"], body=body, **common)
        elif spec["kind"] == "termin":
            index = sections.setdefault("events", event_index(home))
            page = add_event(index, summary=spec["summary"], body=body, **common)
        else:
            from tests.builders import knowledge_sections

            index = knowledge_sections(home)["groups"]
            finding = ("Ergebnis der Arbeitsgruppe", spec["text"])
            page = add_result(index, summary=spec["summary"], finding=finding, **common)
        pages[spec["key"]] = page.pk
    return pages


def load_distractors(count: int, seed: int = 20261205) -> int:
    """Generate `count` long many-topic practice projects beside the corpus and index them.

    Deterministic for a seed; the pages are written for the domain, not for the queries (see
    `demo.longtext`). Returns the number of pages indexed.
    """
    import io

    from django.core.management import call_command

    if count <= 0:
        return 0
    call_command("generate_practice_projects", count, "--long", seed=seed, stdout=io.StringIO())
    return count


def evaluate(search: Callable[[str], list[int]], pages: dict[str, int], judged=None) -> Figures:
    """Run the judged queries through `search` (query -> ranked page ids); score the top 10."""
    judged = JUDGED if judged is None else judged
    recalls, ranks, zero, misses = [], [], 0, []
    for query, relevant_keys, *_style in judged:
        relevant = {pages[key] for key in relevant_keys}
        ranked = list(search(query))
        if not ranked:
            zero += 1
        top = ranked[:TOP]
        recall = len(relevant.intersection(top)) / len(relevant)
        first = next((i + 1 for i, page_id in enumerate(top) if page_id in relevant), None)
        recalls.append(recall)
        ranks.append(1 / first if first else 0.0)
        if recall < 1 or first != 1:
            misses.append((query, round(recall, 2), first))
    return Figures(
        recall=sum(recalls) / len(recalls),
        mrr=sum(ranks) / len(ranks),
        zero_hits=zero,
        queries=len(judged),
        misses=misses,
    )


def evaluate_styles(search: Callable[[str], list[int]], pages: dict[str, int]) -> dict:
    """{"all", "keyword", "paraphrase": Figures} of the judged queries."""
    figures = {"all": evaluate(search, pages)}
    for style in ("keyword", "paraphrase"):
        figures[style] = evaluate(search, pages, [j for j in JUDGED if j[2] == style])
    return figures


# --- Rankers ----------------------------------------------------------------------------------


def stock_search(query: str, operator=None) -> list[int]:
    """Stock Wagtail: Page.search on Wagtail's database backend, as shipped."""
    from wagtail.models import Page
    from wagtail.search.backends import get_search_backend

    backend = get_search_backend("wagtail.search.backends.database")
    try:
        results = backend.search(query, Page.objects.live().public(), operator=operator)[:TOP]
        return [page.pk for page in results]
    except Exception:  # noqa: BLE001 - the stock backend fails on some input: no hits
        return []


def stock_search_or(query: str) -> list[int]:
    return stock_search(query, operator="or")


def engine_search():
    """The site's search (the service behind /suche/ and the API) as an anonymous visitor."""
    from django.contrib.auth.models import AnonymousUser

    from search import service

    def search(query: str) -> list[int]:
        result = service.search({"q": query}, AnonymousUser(), per_page=TOP, log=False)
        if result.fallback:
            # The database search answered for a failed engine: its figures are not the engine's.
            raise RuntimeError(f"the search engine failed on {query!r}; see the log")
        return [hit.page_id for hit in result.hits]

    return search


def stock_index():
    """(Re)build the stock backend's index for the loaded pages."""
    from django.core.management import call_command

    call_command("update_index", backend_name="default", verbosity=0)


TAGS = re.compile(r"<[^>]+>")
# Column weights as the engine uses them: title, summary, meta (themes, place), body.
WEIGHTS = {"title": 10.0, "summary": 5.0, "meta": 4.0, "body": 1.0}


class ReferenceRanker:
    """BM25 (FTS5 style: column-weighted term frequency) over the German analysis.

    Stands in for the engine when tuning the analysis: OR over all terms of all groups, the
    engine's column weights, one score per page.
    """

    k1 = 1.2
    b = 0.75

    def __init__(self, page_ids):
        from knowledge.models import PracticeProjectPage
        from search.analysis import index_terms

        self.docs = {}
        for page in (
            PracticeProjectPage.objects.filter(pk__in=page_ids)
            .select_related("municipality")
            .prefetch_related("themes")
        ):
            meta = " ".join([page.municipality.name, *(theme.name for theme in page.themes.all())])
            columns = {
                "title": page.title,
                "summary": page.summary,
                "meta": meta,
                "body": TAGS.sub(" ", page.starting_situation),
            }
            self.docs[page.pk] = {
                name: Counter(index_terms(text)) for name, text in columns.items()
            }
        self.lengths = {
            pk: sum(sum(c.values()) for c in cols.values()) for pk, cols in self.docs.items()
        }
        self.average = sum(self.lengths.values()) / max(1, len(self.lengths))
        self.df = Counter(
            term for cols in self.docs.values() for term in set().union(*cols.values())
        )

    def known_terms(self, candidates):
        return {term for term in candidates if term in self.df}

    def __call__(self, query: str) -> list[int]:
        from search.analysis import query_groups

        terms = {term for group in query_groups(query, self.known_terms) for term in group}
        total = len(self.docs)
        scores = Counter()
        for term in terms:
            df = self.df.get(term)
            if not df:
                continue
            idf = math.log((total - df + 0.5) / (df + 0.5) + 1)
            for pk, cols in self.docs.items():
                tf = sum(WEIGHTS[name] * counter.get(term, 0) for name, counter in cols.items())
                if tf:
                    norm = self.k1 * (1 - self.b + self.b * self.lengths[pk] / self.average)
                    scores[pk] += idf * tf * (self.k1 + 1) / (tf + norm)
        return [pk for pk, _score in scores.most_common(TOP)]
