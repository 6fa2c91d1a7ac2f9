"""The cards of the hits on /suche/, built in Python.

A results page shows ten cards; through the template language each cost about 60 µs (some
twenty variable lookups), a quarter of the page's own work beyond the search at 10,000 pages.
Values are escaped as the template escaped them: Django's `escape` is the standard library's
`html.escape`, which `conditional_escape` skips only for strings already marked safe (the
snippet, whose words are escaped where it is built). `tests/search/test_hit_cards.py` compares
the cards with the template markup they replace.
"""

from html import escape
from urllib.parse import quote

from django.utils.html import conditional_escape
from django.utils.safestring import mark_safe

from events.templatetags.events_tags import when


def hit_cards(rows, path):
    """The `<li>` cards of (hit, event or None) rows; theme links narrow the search at `path`."""
    base = escape(path)
    return mark_safe("".join(_card(hit, event, base) for hit, event in rows))  # noqa: S308


def _card(hit, event, base):
    meta = [f'<span class="badge">{conditional_escape(hit.kind_label)}</span>']
    if event:
        if event.is_past():
            meta.append(' <span class="badge badge-archived">Vergangener Termin</span>')
        start = event.start_date.isoformat()
        meta.append(f' · <time datetime="{start}">{escape(when(event))}</time>')
    if hit.municipality:
        meta.append(f" · {escape(hit.municipality)}")
    if hit.year and not event:
        meta.append(f" · {hit.year}")
    parts = [
        f'<li class="card search-hit"><p class="meta">{"".join(meta)}</p>',
        f'<h3><a href="{escape(hit.url)}">{escape(hit.title)}</a></h3>',
    ]
    if hit.snippet:
        parts.append(f'<p class="snippet">{conditional_escape(hit.snippet)}</p>')
    if hit.themes:
        links = "".join(
            # The theme slug as the `urlencode` filter quotes it: no HTML-special character left.
            f'<li><a href="{base}?thema={quote(slug, safe="/")}">{escape(name)}</a></li>'
            for slug, name in hit.themes
        )
        parts.append(f'<ul class="tag-list" aria-label="Themen">{links}</ul>')
    parts.append("</li>")
    return "".join(parts)
