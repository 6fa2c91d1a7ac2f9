"""Distances between municipalities from their stored coordinates.

A bounding box narrows the candidates in SQL (works on SQLite and PostgreSQL alike, no GIS
extension); the exact great-circle distance (haversine) is then computed in Python.
"""

import math
from decimal import Decimal

from .models import Municipality

# The radius filter of listings and search: used when a visitor picks a place but no distance.
DEFAULT_RADIUS_KM = 25
MAX_RADIUS_KM = 300
EARTH_RADIUS_KM = 6371.0088
# The box is only a prefilter: widen it a little so rounding to the stored six decimals never
# drops a point on its edge.
MARGIN = 1e-5


def distance_km(lat1, lon1, lat2, lon2):
    """Great-circle distance in kilometres between two points given in degrees."""
    lat1, lon1, lat2, lon2 = (math.radians(float(value)) for value in (lat1, lon1, lat2, lon2))
    a = (
        math.sin((lat2 - lat1) / 2) ** 2
        + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    )
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(a)))


def bounding_box(latitude, longitude, km):
    """(min_lat, max_lat, min_lon, max_lon) of a box that contains every point within `km`.

    The longitude span is the exact one of a spherical cap (J. P. Matuschek, "Finding points
    within a distance of a latitude/longitude using bounding coordinates"); it is wider than
    km / cos(latitude), which would drop points at the circle's east and west ends.
    """
    latitude, longitude = float(latitude), float(longitude)
    angle = km / EARTH_RADIUS_KM
    lat_delta = math.degrees(angle)
    min_lat, max_lat = latitude - lat_delta, latitude + lat_delta
    if min_lat <= -90 or max_lat >= 90 or angle >= math.pi / 2:
        # The circle reaches a pole: every longitude is within reach.
        return max(-90.0, min_lat), min(90.0, max_lat), -180.0, 180.0
    ratio = math.sin(angle) / math.cos(math.radians(latitude))
    lon_delta = 180.0 if ratio >= 1 else math.degrees(math.asin(ratio))
    min_lon, max_lon = longitude - lon_delta, longitude + lon_delta
    if min_lon < -180 or max_lon > 180:
        # Across the antimeridian: keep it simple and correct, the Python step decides.
        min_lon, max_lon = -180.0, 180.0
    return min_lat, max_lat, min_lon, max_lon


def municipalities_within(municipality, km, queryset=None):
    """Municipalities (the given one included) at most `km` from it, nearest first.

    Each result carries `distance_km`. A municipality without coordinates has no neighbours.
    """
    if not municipality.has_coordinates or km is None or km < 0:
        return []
    queryset = Municipality.objects.all() if queryset is None else queryset
    min_lat, max_lat, min_lon, max_lon = bounding_box(
        municipality.latitude, municipality.longitude, km
    )
    candidates = queryset.filter(
        latitude__gte=_decimal(min_lat - MARGIN),
        latitude__lte=_decimal(max_lat + MARGIN),
        longitude__gte=_decimal(min_lon - MARGIN),
        longitude__lte=_decimal(max_lon + MARGIN),
    )
    found = []
    for candidate in candidates:
        distance = distance_km(
            municipality.latitude,
            municipality.longitude,
            candidate.latitude,
            candidate.longitude,
        )
        if distance <= km:
            candidate.distance_km = distance
            found.append(candidate)
    found.sort(key=lambda m: (m.distance_km, m.name))
    return found


def _decimal(value):
    return Decimal(str(round(value, 6)))
