"""A saved search as the search form sees it: validated, in a canonical order, described in German.

The alert stores the query string; the digest runs it through `search.service.search` again, so
a mail lists what the visitor would find on /suche/ with the same parameters.
"""

from urllib.parse import urlencode

from django.http import QueryDict

from knowledge.geo import DEFAULT_RADIUS_KM
from search import registry
from search.forms import SearchForm
from search.vocabulary import facet_labels

# Parameters that describe what is searched (not how it is sorted or paged).
KEYS = ["q", "thema", "typ", "kommune", "kreis", "jahr", "zielgruppe", "umkreis", "km"]


class InvalidSearchError(ValueError):
    """The parameters do not make a valid search; `messages` are the form's German messages."""

    def __init__(self, messages):
        super().__init__(" ".join(messages))
        self.messages = messages


def validate(params):
    """The cleaned data of the search form for `params` (a QueryDict or a query string)."""
    if isinstance(params, str):
        params = QueryDict(params[:4000])
    form = SearchForm(params)
    if not form.is_valid():
        raise InvalidSearchError(form.messages())
    return form.cleaned_data


def canonical(data):
    """The query string of a validated search, in a fixed order, empty values left out."""
    pairs = []
    for key in KEYS:
        value = data.get(key)
        if key == "thema":
            pairs.extend(("thema", slug) for slug in dict.fromkeys(value or []))
        elif key == "umkreis":
            if value is not None:
                pairs.append(("umkreis", value.slug))
        elif value not in (None, ""):
            pairs.append((key, str(value)))
    return urlencode(pairs)


def describe(data):
    """„Kita“ · Thema: Kinderbetreuung · Kommune: Gescher – what the alert watches, in German."""
    labels = facet_labels()
    parts = []
    if data.get("q"):
        parts.append(f"„{data['q'][:120]}“")
    themes = [labels["thema"].get(slug, slug) for slug in data.get("thema") or []]
    if themes:
        parts.append(("Themen: " if len(themes) > 1 else "Thema: ") + ", ".join(themes))
    if data.get("typ"):
        parts.append(f"Inhaltstyp: {registry.kind_labels().get(data['typ'], data['typ'])}")
    for key, title in (("kommune", "Kommune"), ("kreis", "Kreis"), ("zielgruppe", "Zielgruppe")):
        if data.get(key):
            parts.append(f"{title}: {labels[key].get(data[key], data[key])}")
    if data.get("jahr"):
        parts.append(f"Jahr: {data['jahr']}")
    if data.get("umkreis") is not None:
        km = data.get("km") or DEFAULT_RADIUS_KM
        parts.append(f"Umkreis: {km} km um {data['umkreis'].name}")
    return " · ".join(parts) or "Alle neuen Inhalte"
