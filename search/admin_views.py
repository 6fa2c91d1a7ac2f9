"""The admin report of what visitors search: most frequent queries and queries without results."""

import datetime

from django.core.exceptions import PermissionDenied
from django.db.models import Max, Sum
from django.shortcuts import render
from django.utils import timezone

from .explain import engine_label, explain, weights
from .models import SearchQueryLog

PERIODS = {"7": 7, "30": 30, "90": 90, "365": 365}


def can_view_report(user):
    return user.is_superuser or user.has_perm("wagtailsearchpromotions.add_searchpromotion")


def query_report(request):
    if not can_view_report(request.user):
        raise PermissionDenied
    period = request.GET.get("zeitraum", "30")
    days = PERIODS.get(period, 30)
    since = timezone.localdate() - datetime.timedelta(days=days - 1)
    recent = SearchQueryLog.objects.filter(day__gte=since).values("query")
    frequent = recent.annotate(total=Sum("searches"), best=Max("hits")).order_by("-total", "query")
    zero = (
        recent.annotate(total=Sum("searches"), best=Max("hits"))
        .filter(best=0)
        .order_by("-total", "query")
    )
    return render(
        request,
        "search/admin/query_report.html",
        {
            "frequent": list(frequent[:50]),
            "zero": list(zero[:50]),
            "days": days,
            "periods": list(PERIODS),
            "page_title": "Suchanfragen",
            "header_icon": "search",
        },
    )


def query_explanation(request):
    """Why the top hits of a query rank where they do (words, expansions, fields)."""
    if not can_view_report(request.user):
        raise PermissionDenied
    query = " ".join(request.GET.get("q", "").split())[:200]
    return render(
        request,
        "search/admin/query_explanation.html",
        {
            "query": query,
            "explanations": explain(query, request.user) if query else [],
            "engine": engine_label(),
            "weights": weights(),
            "page_title": "Suchanfrage erklären",
            "header_icon": "search",
        },
    )
