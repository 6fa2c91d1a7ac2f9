"""/zahlen/: the charts with their tables, each chart as SVG and CSV, the Kreis layer's data."""

import csv
import io
import json

from csp.decorators import csp
from django.http import Http404, HttpResponse
from django.template.response import TemplateResponse
from django.utils.cache import patch_cache_control
from django.views.decorators.http import require_safe

from operations.pagecache import fragment
from operations.spreadsheets import neutralise_row

from . import charts, selectors

# An SVG opened on its own may style itself but run nothing and load nothing.
SVG_POLICY = {"default-src": ["'none'"], "style-src": ["'unsafe-inline'"]}
MAX_AGE = 300


def _chart(request, slug):
    if slug not in selectors.CHARTS:
        raise Http404("Diese Auswertung gibt es nicht.")
    return fragment(request, "figures-chart", lambda: selectors.chart(slug), slug)


def _public(response):
    patch_cache_control(response, public=True, max_age=MAX_AGE)
    return response


@require_safe
def overview(request):
    """All charts, each with its data table and downloads."""
    chart_list = fragment(request, "figures-charts", selectors.all_charts)
    return _public(TemplateResponse(request, "figures/overview.html", {"charts": chart_list}))


@require_safe
@csp(SVG_POLICY)
def chart_svg(request, slug):
    chart = _chart(request, slug)
    content = fragment(request, "figures-svg", lambda: charts.svg(chart), slug)
    response = HttpResponse(content, content_type="image/svg+xml; charset=utf-8")
    return _public(response)


@require_safe
def chart_csv(request, slug):
    chart = _chart(request, slug)
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";")
    writer.writerow([chart.dimension, "Praxisprojekte"])
    for row in chart.rows:
        writer.writerow(neutralise_row([row.label, row.count]))
    # A BOM so that spreadsheet programs read the umlauts as UTF-8.
    response = HttpResponse("\ufeff" + buffer.getvalue(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="praxisprojekte-{slug}.csv"'
    return _public(response)


@require_safe
def kreis_layer(request):
    """Projects per Kreis with the Kreis's coordinates, for the shaded layer on /karte/."""
    content = fragment(
        request,
        "figures-kreis-layer",
        lambda: json.dumps(selectors.kreis_points(), ensure_ascii=False),
    )
    return _public(HttpResponse(content, content_type="application/json"))
