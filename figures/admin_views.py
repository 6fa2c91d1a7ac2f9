"""The admin report "Nutzung in Zahlen" for the Redaktion."""

from django.core.exceptions import PermissionDenied
from django.shortcuts import render
from django.utils.safestring import mark_safe

from feedback.selectors import share_by_theme
from search.admin_views import can_view_report

from . import charts, usage


def usage_report(request):
    if not can_view_report(request.user):
        raise PermissionDenied
    weeks = usage.searches_by_week()
    shares = share_by_theme()
    return render(
        request,
        "figures/admin/usage.html",
        {
            "weeks": weeks,
            "zero_queries": usage.top_zero_hit_queries(),
            "shares": shares,
            # pygal's SVG of our own numbers and labels (escaped by pygal); the admin has no CSP.
            "searches_svg": mark_safe(charts.weekly_bars(weeks)),  # noqa: S308
            "zero_rate_svg": mark_safe(charts.zero_rate_line(weeks)),  # noqa: S308
            "page_title": "Nutzung in Zahlen",
            "header_icon": "table",
        },
    )
