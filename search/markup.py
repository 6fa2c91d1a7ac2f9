"""The long lists of /suche/, built in Python: hit cards, facet links, the radius places.

Through the template language each item costs some twenty variable lookups: ten hit cards took
about 0.6 ms, sixty facet links more than the search itself, and the radius form's 427 places
(every NRW municipality) 8.5 ms, where a missing `umkreis` raised three exceptions per place.
Values are escaped as the template escaped them: Django's `escape` is the standard library's
`html.escape`, which `conditional_escape` skips only for strings already marked safe (the
snippet, whose words are escaped where it is built). `tests/search/test_markup.py` and
`test_facet_links.py` compare the output with the template markup it replaces.
"""

from html import escape
from urllib.parse import quote

from django.utils.html import conditional_escape
from django.utils.safestring import mark_safe

from events.templatetags.events_tags import when


def place_options(places):
    """The `<option>`s of (slug, name) places, none selected (kept with the vocabulary)."""
    return "".join(
        f'<option value="{escape(slug)}">{escape(name)}</option>' for slug, name in places
    )


def select(options, value):
    """`place_options` markup with the place `value` selected (no place: unchanged)."""
    if value is None:
        return mark_safe(options)  # noqa: S308 - built by place_options
    option = f'<option value="{escape(value)}">'
    return mark_safe(options.replace(option, option[:-1] + " selected>", 1))  # noqa: S308


def facet_list(label, items):
    """The `<li>` links of a facet's values (`search.views.facet_groups`): each item's URL comes
    escaped ("href"), its count is an integer."""
    return mark_safe("".join(_facet_link(label, item) for item in items))  # noqa: S308


def _facet_link(label, item):
    url, text, count = item["href"], escape(item["label"]), item["count"]
    if not item["selected"]:
        return f'<li><a href="{url}">{text} <span class="facet-count">({count})</span></a></li>'
    return (
        f'<li><a href="{url}" class="facet-selected" aria-current="true" '
        f'aria-label="{escape(label)} „{text}“ entfernen ({count} Treffer)">{text} '
        f'<span class="facet-count">({count})</span> <span aria-hidden="true">×</span></a></li>'
    )


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
