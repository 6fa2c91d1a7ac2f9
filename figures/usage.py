"""What editors read about use of the site: searches per week, zero-hit rate, feedback per theme."""

import datetime
from collections import OrderedDict
from dataclasses import dataclass

from django.db.models import Max, Sum
from django.utils import timezone

from search.models import SearchQueryLog

WEEKS = 12


@dataclass
class Week:
    start: datetime.date
    searches: int = 0
    zero_hit: int = 0

    @property
    def label(self):
        year, week, _ = self.start.isocalendar()
        return f"KW {week}/{year}"

    @property
    def zero_rate(self):
        """Share of searches without results, in percent (None without searches)."""
        return round(100 * self.zero_hit / self.searches, 1) if self.searches else None


def searches_by_week(today=None, weeks=WEEKS):
    """The last `weeks` calendar weeks (Monday first), oldest first; one query."""
    today = today or timezone.localdate()
    first = today - datetime.timedelta(days=today.weekday() + 7 * (weeks - 1))
    result = OrderedDict((first + datetime.timedelta(weeks=n), None) for n in range(weeks))
    for start in result:
        result[start] = Week(start)
    rows = SearchQueryLog.objects.filter(day__gte=first).values_list("day", "searches", "hits")
    for day, searches, hits in rows:
        week = result[day - datetime.timedelta(days=day.weekday())]
        week.searches += searches
        if hits == 0:
            week.zero_hit += searches
    return list(result.values())


def top_zero_hit_queries(today=None, days=90, limit=20):
    today = today or timezone.localdate()
    since = today - datetime.timedelta(days=days - 1)
    return list(
        SearchQueryLog.objects.filter(day__gte=since)
        .values("query")
        .annotate(total=Sum("searches"), best=Max("hits"))
        .filter(best=0)
        .order_by("-total", "query")[:limit]
    )
