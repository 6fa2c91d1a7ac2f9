"""The facet vocabularies (slug -> label) and the radius search's places, cached briefly:
validation, labels and the search form cost no query.

Forgotten whenever a theme, target group or municipality changes (see `search.signals`).
"""

from django.core.cache import cache

from knowledge.models import Municipality, TargetGroup, Theme

from . import registry
from .markup import place_options

CACHE_KEY = "search:facet-labels"
RADIUS_CACHE_KEY = "search:radius-options"
TIMEOUT = 300


def facet_labels():
    """{facet: {slug: label}} for every facet the search counts."""
    labels = cache.get(CACHE_KEY)
    if labels is None:
        municipalities = list(Municipality.objects.values_list("slug", "name", "kind"))
        labels = {
            "thema": dict(Theme.objects.values_list("slug", "name")),
            "zielgruppe": dict(TargetGroup.objects.values_list("slug", "name")),
            "kommune": {slug: name for slug, name, _kind in municipalities},
            "kreis": {
                slug: name
                for slug, name, kind in municipalities
                if kind in (Municipality.Kind.DISTRICT, Municipality.Kind.INDEPENDENT_CITY)
            },
        }
        cache.set(CACHE_KEY, labels, TIMEOUT)
    labels = dict(labels)
    labels["typ"] = registry.kind_labels()
    return labels


def radius_options():
    """The `<option>`s of the municipalities a radius search can start from (those with
    coordinates), in name order, as markup (`search.markup`); cached like the labels."""
    options = cache.get(RADIUS_CACHE_KEY)
    if options is None:
        places = (
            Municipality.objects.filter(latitude__isnull=False, longitude__isnull=False)
            .order_by("name")
            .values_list("slug", "name")
        )
        options = place_options(places)
        cache.set(RADIUS_CACHE_KEY, options, TIMEOUT)
    return options


def facet_vocabulary():
    """{facet: {slug: label}}; membership tests validate a visitor's filter values."""
    return facet_labels()


def forget(**kwargs):
    cache.delete_many([CACHE_KEY, RADIUS_CACHE_KEY])
