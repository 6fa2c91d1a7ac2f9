"""Read-side queries for the network: municipalities with what the public may see about them.

Every page count goes through `knowledge.access.viewable`; contact details of family managers
appear only with their consent (`FamilyManager.public_email` / `public_phone`).
"""

import hashlib
import re
from collections import defaultdict
from dataclasses import dataclass, field

from django.apps import apps
from django.contrib.auth.models import AnonymousUser
from django.db.models import Count, Q
from django.utils.translation import gettext as _
from wagtail.models import Site

from knowledge.access import hidden_paths, viewable
from knowledge.geo import municipalities_within
from knowledge.models import (
    FamilyManager,
    Meeting,
    Municipality,
    PracticeProjectIndexPage,
    PracticeProjectPage,
    Theme,
    WorkingGroupResultPage,
)
from knowledge.text import german_slug
from operations.pagecache import current_generation, fragment

PROJECTS_ON_PROFILE = 12
NEARBY_KM = 25


def anonymous():
    return AnonymousUser()


def index_page(user=None):
    """The live municipality index page (/kommunen/), or None."""
    from .models import MunicipalityIndexPage

    # Ordered by its own key: the page order (path) made the database walk every page first.
    return viewable(MunicipalityIndexPage.objects.order_by("pk"), user or anonymous()).first()


def profile_base_url(user=None, request=None):
    """URL prefix of the municipality pages ("/kommunen/"), or "" without an index page.

    Given the request, kept as a fragment of the content generation per site and per set of
    sections hidden from the user: a search that names a town asks for it, and a publish,
    unpublish, move or restriction change starts a new generation.
    """
    user = user or anonymous()
    if request is None:
        return _index_url(user, None)
    site = Site.find_for_request(request)
    hidden = hashlib.sha256("\n".join(hidden_paths(user)).encode()).hexdigest()[:16]
    return fragment(
        request,
        "municipality-index-url",
        lambda: _index_url(user, request),
        site.pk if site else None,
        hidden,
    )


def _index_url(user, request):
    page = index_page(user)
    return (page.get_url(request) or "") if page else ""


def attach_urls(municipalities, base_url):
    for place in municipalities:
        place.profile_url = f"{base_url}{place.slug}/" if base_url else ""
    return municipalities


def _in_place(place, prefix="municipality"):
    """Q for objects in `place`; a Kreis includes its member towns."""
    if place.is_district:
        return Q(**{prefix: place}) | Q(**{f"{prefix}__kreis": place})
    return Q(**{prefix: place})


# --- Per-municipality figures (list, map, GeoJSON) ------------------------------------------


@dataclass
class PlaceFigures:
    """What the map and the list show for one municipality."""

    managers: int = 0
    projects: int = 0
    working_groups: int = 0
    themes: list = field(default_factory=list)


def figures(user):
    """{municipality id: PlaceFigures} of readable content; three queries whatever the size."""
    result = defaultdict(PlaceFigures)
    for place_id, count in (
        FamilyManager.objects.order_by()
        .values_list("municipality")
        .annotate(n=Count("pk"))
        .values_list("municipality", "n")
    ):
        result[place_id].managers = count
    projects = viewable(PracticeProjectPage.objects.all(), user)
    theme_names = dict(Theme.objects.values_list("slug", "name"))
    seen = set()
    for place_id, project_id, theme_slug in projects.order_by().values_list(
        "municipality", "pk", "theme_items__tag__slug"
    ):
        figures_ = result[place_id]
        if (place_id, project_id) not in seen:
            seen.add((place_id, project_id))
            figures_.projects += 1
        if theme_slug and theme_slug not in figures_.themes:
            figures_.themes.append(theme_slug)
    order = {slug: index for index, slug in enumerate(theme_names)}
    for figures_ in result.values():
        figures_.themes.sort(key=lambda slug: order.get(slug, len(order)))
    results = viewable(WorkingGroupResultPage.objects.all(), user)
    for place_id, count in (
        results.order_by()
        .filter(participating_municipalities__isnull=False)
        .values_list("participating_municipalities")
        .annotate(n=Count("working_group", distinct=True))
        .values_list("participating_municipalities", "n")
    ):
        result[place_id].working_groups = count
    return result


@dataclass
class KreisGroup:
    """A Kreis with its member towns, or the group of places outside any Kreis."""

    label: str
    kreis: Municipality | None
    members: list


def grouped_by_kreis(user, theme=None, request=None):
    """All municipalities with their figures, grouped by Kreis (Kreise A–Z, then the rest).

    With a theme, only places with a readable practice project on that theme remain.
    """
    stats = figures(user)
    places = attach_urls(
        list(Municipality.objects.select_related("kreis").order_by("name")),
        profile_base_url(user, request),
    )
    for place in places:
        place.figures = stats.get(place.pk, PlaceFigures())
        place.theme_names = []
    theme_names = dict(Theme.objects.values_list("slug", "name"))
    for place in places:
        place.theme_names = [theme_names[s] for s in place.figures.themes if s in theme_names]
    if theme is not None:
        places = [place for place in places if theme.slug in place.figures.themes]
    districts = {
        place.pk: KreisGroup(place.name, place, []) for place in places if place.is_district
    }
    outside = KreisGroup("Kreisfreie Städte und Kommunen ohne Kreis", None, [])
    for place in places:
        if place.is_district:
            continue
        group = districts.get(place.kreis_id)
        if group is None and place.kreis_id and theme is not None:
            # The Kreis itself was filtered out but its member matches: keep the grouping.
            group = districts[place.kreis_id] = KreisGroup(place.kreis.name, None, [])
        (group or outside).members.append(place)
    groups = sorted(districts.values(), key=lambda group: group.label)
    if outside.members:
        groups.append(outside)
    return groups


# --- Places named in a search query ----------------------------------------------------------

PLACES_PER_QUERY = 3
_WORD = re.compile(r"\w+")


def _words(text):
    return [german_slug(word) for word in _WORD.findall(text)]


def _name_keys(place):
    """Word sequences that name a place: "Wetter (Ruhr)" also as "Wetter", "Kreis Borken" also
    as "Borken" (which a town of that name, where there is one, matches first)."""
    keys = {tuple(_words(place.name)), tuple(_words(re.sub(r"\(.*?\)", "", place.name)))}
    if place.is_district:
        keys |= {key[1:] for key in keys if key[:1] == ("kreis",) and len(key) > 1}
    return keys


def _contains(words, key):
    size = len(key)
    return any(tuple(words[i : i + size]) == key for i in range(len(words) - size + 1))


class _PlaceNames:
    """This process's (content generation, index) of the place names (one tuple, so that
    threads never see the generation of another index)."""

    current: tuple = (None, {})


def _place_names(request=None):
    """{word: [(order, name keys, is a Kreis, slug, name, detail)]} of every municipality, under
    the first word of each of its names (order: the name order).

    A search asks for it every time and looks up its own words only (scanning all 427 NRW
    municipalities cost 0.6 ms). Each process keeps the index for the content generation it was
    built in (`operations.pagecache`): a municipality is a snippet, so a change to one starts a
    new generation, and each process builds the index again on its next search.
    """
    generation = current_generation(request)
    known, index = _PlaceNames.current
    if generation is not None and generation == known:
        return index
    index = {}
    for order, place in enumerate(Municipality.objects.select_related("kreis").order_by("name")):
        detail = place.get_kind_display()
        if place.kreis_id:
            detail = f"{detail} im {place.kreis.name}"
        keys = _name_keys(place)
        entry = (order, keys, place.is_district, place.slug, place.name, detail)
        for first in {key[0] for key in keys if key}:
            index.setdefault(first, []).append(entry)
    _PlaceNames.current = (generation, index)
    return index


def places_named(query, user, request=None):
    """The pages of the municipalities a query names ("Pflege in Telgte" -> Telgte)."""
    from search.registry import Shortcut

    words = _words(query)
    if not words or len(words) > 12:
        return []
    index = _place_names(request)
    # A name the query holds starts with one of its words.
    candidates = {entry[0]: entry for word in set(words) for entry in index.get(word, ())}
    matches = []
    for _order, keys, is_district, slug, name, detail in sorted(candidates.values()):
        if any(_contains(words, key) for key in keys if key):
            exact = tuple(words) in keys
            matches.append((not exact, is_district, slug, name, detail))
    base_url = profile_base_url(user, request) if matches else ""
    if not base_url:
        return []
    shortcuts = []
    for _rank, _district, slug, name, detail in sorted(matches, key=lambda m: m[:2])[
        :PLACES_PER_QUERY
    ]:
        shortcuts.append(
            Shortcut(
                label=str(_("Kommune im Netzwerk")),
                title=name,
                url=f"{base_url}{slug}/",
                description=_(
                    "%(detail)s: Familienmanagerinnen und Familienmanager, Praxisprojekte und "
                    "Treffen vor Ort."
                )
                % {"detail": detail},
            )
        )
    return shortcuts


# --- One municipality's page -----------------------------------------------------------------


def municipality_by_slug(slug):
    return Municipality.objects.select_related("kreis").filter(slug=str(slug)[:120]).first()


def projects_listing_url(user=None, request=None):
    page = viewable(PracticeProjectIndexPage.objects.all(), user or anonymous()).first()
    return (page.get_url(request) or "") if page else ""


def municipality_profile(place, user, request=None):
    """Everything the page of one municipality or Kreis shows, in a fixed number of queries."""
    base_url = profile_base_url(user, request)
    managers = list(
        FamilyManager.objects.filter(_in_place(place))
        .select_related("municipality", "course")
        .order_by("municipality__name", "name")
    )
    projects = PracticeProjectPage.for_listing(
        viewable(PracticeProjectPage.objects.filter(_in_place(place)), user)
    ).order_by("-year", "title")
    project_count = projects.count()
    participation = (
        Q(participating_municipalities=place) | Q(participating_municipalities__kreis=place)
        if place.is_district
        else Q(participating_municipalities=place)
    )
    results = list(
        WorkingGroupResultPage.for_listing(
            viewable(WorkingGroupResultPage.objects.filter(participation), user)
        )
        .distinct()
        .order_by("-meeting__date", "title")
    )
    meetings = list(Meeting.objects.filter(municipality=place).order_by("-date"))
    if place.is_district:
        kreis_places = list(place.members.order_by("name"))
    elif place.kreis_id:
        kreis_places = list(place.kreis.members.exclude(pk=place.pk).order_by("name"))
    else:
        kreis_places = []
    kreis_ids = {p.pk for p in kreis_places} | {place.pk, place.kreis_id}
    nearby = [p for p in municipalities_within(place, NEARBY_KM) if p.pk not in kreis_ids]
    attach_urls(kreis_places, base_url)
    attach_urls(nearby, base_url)
    if place.kreis_id:
        attach_urls([place.kreis], base_url)
    listing_url = projects_listing_url(user, request)
    filter_name = "kreis" if place.is_district else "kommune"
    return {
        "municipality": place,
        "managers": managers,
        "projects": list(projects[:PROJECTS_ON_PROFILE]),
        "project_count": project_count,
        "projects_url": f"{listing_url}?{filter_name}={place.slug}" if listing_url else "",
        "nearby_projects_url": (
            f"{listing_url}?umkreis={place.slug}&km={NEARBY_KM}"
            if listing_url and place.has_coordinates
            else ""
        ),
        "results": results,
        "meetings": meetings,
        "events": municipality_events(place, user),
        "kreis_places": kreis_places,
        "nearby": nearby,
        "nearby_km": NEARBY_KM,
        "base_url": base_url,
    }


def municipality_events(place, user):
    """Upcoming events in the place, once an events app provides them; empty until then.

    Seam: an installed `events` app exposes `events.selectors.events_in_municipality(place, user)`.
    """
    if not apps.is_installed("events"):
        return []
    try:
        from events.selectors import events_in_municipality
    except ImportError:
        return []
    return list(events_in_municipality(place, user))
