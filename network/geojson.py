"""The map's data as GeoJSON (RFC 7946): one point per municipality, public data only.

Built for an anonymous visitor whoever asks, so one cached copy serves everyone. The cache is
dropped whenever municipalities, family managers, themes or pages change (see `signals`), and
expires after `CACHE_SECONDS` anyway so that scheduled expiry of pages shows up.
"""

import json

from django.core.cache import cache
from django.core.serializers.json import DjangoJSONEncoder

from . import selectors

CACHE_KEY = "network:map-geojson:v1"
CACHE_SECONDS = 15 * 60


def feature(place, figures):
    return {
        "type": "Feature",
        "id": place.slug,
        "geometry": {
            "type": "Point",
            # GeoJSON order is longitude, latitude.
            "coordinates": [round(float(place.longitude), 6), round(float(place.latitude), 6)],
        },
        "properties": {
            "name": place.name,
            "slug": place.slug,
            "kind": place.kind,
            "kind_label": str(place.get_kind_display()),
            "kreis": place.kreis.name if place.kreis_id else "",
            "url": place.profile_url,
            "family_managers": figures.managers,
            "practice_projects": figures.projects,
            "working_groups": figures.working_groups,
            "themes": list(figures.themes),
        },
    }


def build():
    """The FeatureCollection as a dict (no cache)."""
    user = selectors.anonymous()
    groups = selectors.grouped_by_kreis(user)
    places = [group.kreis for group in groups if group.kreis] + [
        member for group in groups for member in group.members
    ]
    places.sort(key=lambda place: place.name)
    return {
        "type": "FeatureCollection",
        "features": [feature(p, p.figures) for p in places if p.has_coordinates],
    }


def cached_geojson():
    """The serialized FeatureCollection, from the cache when it is there."""
    content = cache.get(CACHE_KEY)
    if content is None:
        content = json.dumps(build(), cls=DjangoJSONEncoder, ensure_ascii=False)
        cache.set(CACHE_KEY, content, CACHE_SECONDS)
    return content


def forget():
    cache.delete(CACHE_KEY)
