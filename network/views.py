"""The map's GeoJSON endpoint."""

from django.http import HttpResponse
from django.utils.cache import patch_cache_control
from django.views.decorators.http import require_safe

from . import geojson


@require_safe
def map_geojson(request):
    """Every municipality with coordinates as a GeoJSON point, with public figures only."""
    response = HttpResponse(geojson.cached_geojson(), content_type="application/geo+json")
    patch_cache_control(response, public=True, max_age=300)
    return response
