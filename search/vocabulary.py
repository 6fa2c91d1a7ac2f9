"""The facet vocabularies (slug -> label), cached briefly: validation and labels cost no query.

Forgotten whenever a theme, target group or municipality changes (see `search.signals`).
"""

from django.core.cache import cache

from knowledge.models import Municipality, TargetGroup, Theme

from . import registry

CACHE_KEY = "search:facet-labels"
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


def facet_vocabulary():
    """{facet: {slug: label}}; membership tests validate a visitor's filter values."""
    return facet_labels()


def forget(**kwargs):
    cache.delete(CACHE_KEY)
