"""The search page /suche/: results, facets, browse mode, no-hit help. Works without JavaScript."""

from urllib.parse import urlencode

from django.shortcuts import render
from django.utils.html import conditional_escape
from django.utils.translation import gettext as _

from events.models import EventPage
from knowledge.models import Theme

from . import service, vocabulary
from .engine import FACET_ORDER
from .markup import facet_list, hit_cards, select
from .registry import shortcuts_for, type_for_model

FACET_LIMIT = 10


def _url(request, pairs):
    encoded = urlencode(pairs)
    return f"{request.path}?{encoded}" if encoded else request.path


def _pairs(request, name=None, value=None, add=True):
    """The current query as (key, value) pairs without paging, one facet value added or removed."""
    pairs = _kept_pairs(request, name, value, add)
    if name is not None and add:
        pairs.append((name, value))
    return pairs


def _kept_pairs(request, name, value, add):
    """The current query's pairs without paging and without `value` of facet `name`; when a
    value is added to a facet of one choice (all but themes), without its chosen value too."""
    return [
        (key, item)
        for key, items in request.GET.lists()
        if key != "seite"
        for item in items
        if not (key == name and (item == value or (name != "thema" and add)))
    ]


def facet_groups(request, result):
    """Facet values with counts and the link that narrows (or, when chosen, widens) the search.

    Each facet shows its most frequent values (and always the chosen ones); the rest sit behind
    "und N weitere". Kreise are values of the Kreis facet, not of the municipality facet.
    """
    groups = []
    kreise = {value.value for value in result.facets.get("kreis") or []}
    for name in FACET_ORDER:
        values = result.facets.get(name) or []
        chosen = set(request.GET.getlist(name))
        if name == "kommune":
            values = [v for v in values if v.value not in kreise or v.value in chosen]
        if not values:
            continue
        shown = values[:FACET_LIMIT] + [v for v in values[FACET_LIMIT:] if v.value in chosen]
        more = [v for v in values[FACET_LIMIT:] if v.value not in chosen]
        label = service.FACET_LABELS[name]
        add_url = _adder(request, name)
        items = [_facet_item(request, name, value, chosen, add_url) for value in shown]
        more_items = [_facet_item(request, name, value, chosen, add_url) for value in more]
        groups.append(
            {
                "name": name,
                "label": label,
                "items": items,
                "more_items": more_items,
                "items_html": facet_list(label, items),
                "more_html": facet_list(label, more_items),
            }
        )
    return groups


def _adder(request, name):
    """value -> (URL, its escaped form) that adds a value not chosen yet of facet `name`, the
    URL as `_url(request, _pairs(request, name, value))` builds it, with the query's other pairs
    encoded and escaped once: the Kommune facet of a large collection has hundreds of values.
    The value's own part needs no escaping: `urlencode` leaves no HTML-special character."""
    kept = _kept_pairs(request, name, None, add=True)
    prefix = f"{request.path}?{urlencode(kept)}&" if kept else f"{request.path}?"
    escaped = conditional_escape(prefix)

    def add(value):
        encoded = urlencode([(name, value)])
        return prefix + encoded, escaped + encoded

    return add


def _facet_item(request, name, value, chosen, add_url):
    selected = value.value in chosen
    if selected:
        url = _url(request, _pairs(request, name, value.value, add=False))
        href = conditional_escape(url)
    else:
        url, href = add_url(value.value)
    return {
        "value": value.value,
        "label": value.label,
        "count": int(value.count),
        "url": url,
        "href": href,
        "selected": selected,
    }


def active_filters(request, groups, result=None):
    """(facet label, value label, URL without it) of each chosen facet value."""
    active = []
    radius = result.form.radius() if result is not None and not result.errors else None
    if radius:
        place, km = radius
        pairs = [(k, v) for k, v in _pairs(request) if k not in ("umkreis", "km")]
        active.append((_("Umkreis"), f"{km} km um {place.name}", _url(request, pairs)))
    for group in groups:
        for item in group["items"]:
            if item["selected"]:
                active.append((group["label"], item["label"], item["url"]))
    return active


def sort_options(request, result):
    current = result.form.cleaned_data.get("sortierung") or "relevanz"
    options = []
    for value, label in (("relevanz", _("Relevanz")), ("neueste", _("Neueste zuerst"))):
        url = _url(request, _pairs(request, "sortierung", value))
        options.append({"label": label, "url": url, "current": value == current})
    return options


def hit_rows(hits):
    """(hit, event) pairs: events bring their dates (one query) so a hit shows when, not a year."""
    event_type = type_for_model(EventPage)
    ids = [hit.page_id for hit in hits if event_type and hit.kind == event_type.kind]
    fields = ("start_date", "end_date", "start_time", "end_time")
    events = EventPage.objects.only(*fields).in_bulk(ids) if ids else {}
    return [(hit, events.get(hit.page_id)) for hit in hits]


def search(request):
    result = service.search(request.GET, request.user)
    groups = facet_groups(request, result) if not result.errors else []
    context = {
        "search_query": result.query,
        "result": result,
        "hit_cards": hit_cards(hit_rows(result.hits), request.path),
        "facet_groups": groups,
        "active_filters": active_filters(request, groups, result),
        "radius_options": select(vocabulary.radius_options(), request.GET.get("umkreis"))
        if not result.errors
        else "",
        "sort_options": sort_options(request, result) if not result.errors else [],
        # Pages outside the index that the query names (a municipality's page), on page 1.
        "shortcuts": shortcuts_for(result.query, request.user, request)
        if result.query and result.page == 1 and not result.errors
        else [],
        "themes": list(Theme.objects.order_by("sort_order", "name"))
        if result.query and not result.count and not result.errors
        else [],
    }
    if result.num_pages > 1:
        params = request.GET.copy()
        pages = {}
        if result.page > 1:
            params["seite"] = result.page - 1
            pages["previous"] = f"{request.path}?{params.urlencode()}"
        if result.page < result.num_pages:
            params["seite"] = result.page + 1
            pages["next"] = f"{request.path}?{params.urlencode()}"
        context["pages"] = pages
    return render(request, "search/search.html", context, status=400 if result.errors else 200)
