"""Autocomplete: readable page titles, themes and municipalities for the first letters typed."""

from urllib.parse import urlencode

from django.core.cache import cache

from knowledge.models import Municipality, Theme

from . import backends, engine, registry

NAMES_CACHE_KEY = "search:suggest-names"


def _names():
    """(kind, name, folded name, slug) of themes and municipalities; cached, a small list."""
    names = cache.get(NAMES_CACHE_KEY)
    if names is None:
        names = [
            ("thema", name, name.casefold(), slug)
            for name, slug in Theme.objects.values_list("name", "slug")
        ] + [
            (
                "kreis" if kind == Municipality.Kind.DISTRICT else "kommune",
                name,
                name.casefold(),
                slug,
            )
            for name, slug, kind in Municipality.objects.values_list("name", "slug", "kind")
        ]
        cache.set(NAMES_CACHE_KEY, names, 300)
    return names


def forget_names(**kwargs):
    cache.delete(NAMES_CACHE_KEY)


def _matches(folded, prefix):
    return folded.startswith(prefix) or f" {prefix}" in folded or f"-{prefix}" in folded


def suggestions(text, user, limit=8):
    """Up to `limit` suggestions: themes and places first (few), then page titles."""
    prefix = " ".join(engine.clean_text(text).casefold().split())
    if len(prefix) < 2:
        return []
    items = []
    for kind, name, folded, slug in _names():
        if _matches(folded, prefix):
            label = {"thema": "Thema", "kreis": "Kreis", "kommune": "Kommune"}[kind]
            items.append(
                {"label": name, "url": "/suche/?" + urlencode({kind: slug}), "kind": label}
            )
    items = items[:3]
    labels = registry.kind_labels()
    titles, _fallback = backends.ask("suggest", prefix, user, limit=limit - len(items))
    for title, url, kind in titles:
        items.append({"label": title, "url": url, "kind": str(labels.get(kind, ""))})
    return items[:limit]
