"""One search request, as the page and the API share it: validate, search, log, promote."""

import math
from dataclasses import dataclass, field

from django.core.cache import cache
from django.db import IntegrityError, connection, transaction
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.models import Page
from wagtail.search.utils import normalise_query_string

from knowledge.access import viewable

from . import backends, engine
from .forms import SearchForm
from .models import SearchQueryLog

PER_PAGE = 10
FACET_LABELS = {
    "typ": gettext_lazy("Inhaltstyp"),
    "thema": gettext_lazy("Thema"),
    "kreis": gettext_lazy("Kreis"),
    "kommune": gettext_lazy("Kommune"),
    "jahr": gettext_lazy("Jahr"),
    "zielgruppe": gettext_lazy("Zielgruppe"),
}


@dataclass
class SearchRequest:
    """Everything a rendered search needs."""

    form: SearchForm
    errors: list = field(default_factory=list)
    query: str = ""
    page: int = 1
    per_page: int = PER_PAGE
    outcome: engine.Outcome | None = None
    promotions: list = field(default_factory=list)
    suggestion: str = ""
    # The configured engine failed and the database search answered (the page says so quietly).
    fallback: bool = False

    @property
    def count(self):
        return self.outcome.count if self.outcome else 0

    @property
    def num_pages(self):
        return max(1, math.ceil(self.count / self.per_page))

    @property
    def hits(self):
        return self.outcome.hits if self.outcome else []

    @property
    def facets(self):
        return self.outcome.facets if self.outcome else {}

    @property
    def start(self):
        return (self.page - 1) * self.per_page + 1

    @property
    def browse(self):
        return not self.query


def search(params, user, per_page=PER_PAGE, log=True):
    """Validate `params` (a QueryDict or dict) and run the search for `user`."""
    form = SearchForm(params)
    if not form.is_valid():
        return SearchRequest(form=form, errors=form.messages())
    data = form.cleaned_data
    request = SearchRequest(form=form, query=data["q"], page=data["seite"], per_page=per_page)
    offset = (request.page - 1) * per_page
    request.outcome, request.fallback = backends.ask(
        "search", request.query, form.filters(), user, data["sortierung"], offset, per_page
    )
    if request.page > request.num_pages:
        request.errors.append(
            _("Seite %(number)s gibt es nicht. Es gibt %(pages)s Seite(n).")
            % {"number": request.page, "pages": request.num_pages}
        )
        return request
    if request.query:
        if request.page == 1:
            request.promotions = promotions(request.query, user)
            if log:
                log_query(request.query, request.count)
        if request.count == 0 or request.outcome.typos:
            # Also when unknown words were searched as the known words one typo away.
            request.suggestion = request.outcome.suggestion
            if request.suggestion is None:
                request.suggestion, fallback = backends.ask("did_you_mean", request.query)
                request.fallback = request.fallback or fallback
    return request


PROMOTED_CACHE_KEY = "search:promoted-queries"


def promoted_queries():
    """The query strings that have editors' picks, cached until a pick changes."""
    queries = cache.get(PROMOTED_CACHE_KEY)
    if queries is None:
        queries = set(
            SearchPromotion.objects.values_list("query__query_string", flat=True).distinct()
        )
        cache.set(PROMOTED_CACHE_KEY, queries, 3600)
    return queries


@receiver(post_save, sender=SearchPromotion)
@receiver(post_delete, sender=SearchPromotion)
def forget_promoted_queries(**kwargs):
    cache.delete(PROMOTED_CACHE_KEY)


def promotions(query, user):
    """The editors' picks for this query, readable pages only."""
    normalised = normalise_query_string(query)[:255]
    if normalised not in promoted_queries():
        return []
    picks = list(
        SearchPromotion.objects.filter(query__query_string=normalised)
        .select_related("page")
        .order_by("sort_order")
    )
    if not picks:
        return []
    page_ids = [pick.page_id for pick in picks if pick.page_id]
    visible = set(viewable(Page.objects.filter(pk__in=page_ids), user).values_list("pk", flat=True))
    return [pick for pick in picks if not pick.page_id or pick.page_id in visible]


def normalise_for_log(query):
    return " ".join(query.casefold().split())[:200]


def log_query(query, hits):
    """Count the query for today's report (one UPDATE in the usual case)."""
    text = normalise_for_log(query)
    if not text:
        return
    today = timezone.localdate()
    if _count_search(text, today, hits):
        return
    try:
        with transaction.atomic():
            SearchQueryLog.objects.create(query=text, day=today, searches=1, hits=hits)
    except IntegrityError:
        _count_search(text, today, hits)


COUNT_SEARCH = (
    "UPDATE search_searchquerylog SET searches = searches + 1, hits = %s "
    "WHERE query = %s AND day = %s"
)


def _count_search(text, day, hits):
    """Plain SQL: this runs on every search, the ORM's compile step costs more than the write.

    On PostgreSQL the statement's transaction commits without waiting for the write-ahead log
    to reach the disk (`synchronous_commit` off for this transaction only, set in the same
    round trip): a crash may lose the last counts of the report, never data of a page, and a
    search no longer waits for a disk flush (several ms on a busy machine).
    """
    statement = COUNT_SEARCH
    if connection.vendor == "postgresql":
        statement += " AND set_config('synchronous_commit', 'off', true) = 'off'"
    with connection.cursor() as cursor:
        cursor.execute(statement, [hits, text, day])
        return cursor.rowcount
