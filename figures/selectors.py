"""The collection in figures: counts of public practice projects, in a fixed number of queries.

Only what an anonymous visitor may see counts (`knowledge.access.viewable` with an anonymous
user): a restricted, draft or expired project changes no figure.
"""

from collections import Counter
from dataclasses import dataclass

from django.contrib.auth.models import AnonymousUser
from django.db.models import Count

from knowledge.access import viewable
from knowledge.models import Municipality, PageTheme, PracticeProjectPage, Theme

NO_COURSE = "ohne Kurs"
OUTSIDE_KREIS = "ohne Kreiszuordnung"


@dataclass
class Row:
    key: str
    label: str
    count: int


@dataclass
class Chart:
    """One chart of the page: its rows in display order, and how to name them."""

    slug: str
    title: str
    dimension: str
    rows: list

    @property
    def total(self):
        return sum(row.count for row in self.rows)


def public_projects():
    return viewable(PracticeProjectPage.objects.all(), AnonymousUser())


def by_theme(projects):
    counts = dict(
        PageTheme.objects.filter(content_object__in=projects.values("pk"))
        .order_by()
        .values_list("tag")
        .annotate(n=Count("content_object", distinct=True))
        .values_list("tag", "n")
    )
    return [
        Row(theme.slug, theme.name, counts.get(theme.pk, 0))
        for theme in Theme.objects.order_by("sort_order", "name")
    ]


def by_kreis(projects):
    """Per Kreis; a kreisfreie Stadt (or a place without Kreis) stands for itself."""
    counts = Counter()
    labels = {}
    rows = (
        projects.order_by()
        .values_list(
            "municipality__kind",
            "municipality__slug",
            "municipality__name",
            "municipality__kreis__slug",
            "municipality__kreis__name",
        )
        .annotate(n=Count("pk"))
    )
    for kind, slug, name, kreis_slug, kreis_name, n in rows:
        if kreis_slug:
            slug, name = kreis_slug, kreis_name
        elif kind not in (Municipality.Kind.DISTRICT, Municipality.Kind.INDEPENDENT_CITY):
            name = f"{name} ({OUTSIDE_KREIS})"
        counts[slug] += n
        labels[slug] = name
    ordered = sorted(counts, key=lambda slug: (-counts[slug], labels[slug]))
    return [Row(slug, labels[slug], counts[slug]) for slug in ordered]


def by_course(projects):
    rows = (
        projects.order_by()
        .values_list("course__number", "course__year")
        .annotate(n=Count("pk"))
        .order_by("course__number")
    )
    result = []
    for number, year, n in rows:
        if number is None:
            continue
        result.append(Row(f"kurs-{number}", f"Kurs {number} ({year}/{year + 1})", n))
    without = sum(n for number, _, n in rows if number is None)
    if without:
        result.append(Row("ohne-kurs", NO_COURSE, without))
    return result


def by_status(projects):
    counts = dict(projects.order_by().values_list("status").annotate(n=Count("pk")))
    return [
        Row(value, str(label), counts.get(value, 0))
        for value, label in PracticeProjectPage.Status.choices
    ]


CHARTS = {
    "themen": ("Praxisprojekte nach Thema", "Thema", by_theme),
    "kreise": ("Praxisprojekte nach Kreis", "Kreis oder kreisfreie Stadt", by_kreis),
    "kurse": ("Praxisprojekte nach Zertifikatskurs", "Kurs (Jahrgang)", by_course),
    "umsetzung": ("Praxisprojekte nach Umsetzungsstand", "Umsetzungsstand", by_status),
}


def chart(slug, projects=None):
    title, dimension, build = CHARTS[slug]
    return Chart(slug, title, dimension, build(projects or public_projects()))


def all_charts():
    projects = public_projects()
    return [chart(slug, projects) for slug in CHARTS]


def kreis_points():
    """The Kreis figures with the coordinates of each Kreis (or city), for the map layer."""
    rows = {row.key: row for row in by_kreis(public_projects())}
    places = Municipality.objects.filter(slug__in=rows, latitude__isnull=False)
    return [
        {
            "slug": place.slug,
            "name": rows[place.slug].label,
            "count": rows[place.slug].count,
            "lat": float(place.latitude),
            "lng": float(place.longitude),
        }
        for place in places.order_by("name")
    ]
