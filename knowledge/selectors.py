"""Read-side queries for the knowledge collection, shared by views, search, feeds and home.

Filter themes through `theme_items__tag` (the table shared by all page types): taggit's own
`themes__...` lookup joins on the wrong column for Page subclasses.
"""

from collections.abc import Sequence
from dataclasses import dataclass

from django.contrib.contenttypes.models import ContentType
from django.db.models import Count, Q
from wagtail.models import Page

from . import text_search
from .access import viewable
from .geo import DEFAULT_RADIUS_KM, municipalities_within
from .models import (
    ModulePage,
    PageTheme,
    PracticeProjectPage,
    Theme,
    WorkingGroupResultPage,
)
from .similarity import similar_projects  # noqa: F401 - part of the selectors' interface

# Knowledge types come first on theme pages; other apps' themed types follow by label.
TYPE_ORDER = [PracticeProjectPage, ModulePage, WorkingGroupResultPage]


def with_theme(queryset, *slugs):
    """Pages tagged with every one of the given theme slugs."""
    for slug in slugs:
        queryset = queryset.filter(theme_items__tag__slug=slug)
    return queryset


def for_listing(model, queryset):
    """Apply a page type's own `for_listing` hook, if it has one."""
    hook = getattr(model, "for_listing", None)
    return hook(queryset) if hook else queryset


PROJECT_ORDER = {
    "neueste": ("-year", "title"),
    "titel": ("title", "-year"),
    # Relevance is the search's order (see `practice_project_listing`); the database's
    # order is newest first.
    "relevanz": ("-year", "title"),
}


def practice_projects(user, filters=None):
    """Practice projects the user may read, filtered by a cleaned PracticeProjectFilterForm.

    Free text (`q`) narrows to the projects the site search finds for it; the order is
    `sortierung` (newest first by default).
    """
    return _practice_projects(user, filters or {})[0]


def practice_project_listing(user, filters=None):
    """Like `practice_projects`, but in relevance order when text is searched: a sequence for
    the paginator that fetches only the page it shows (a fixed number of queries)."""
    filters = filters or {}
    queryset, ranked = _practice_projects(user, filters)
    if ranked is None or filters.get("sortierung") != "relevanz":
        return queryset
    rank = {pk: position for position, pk in enumerate(ranked)}
    found = dict.fromkeys(queryset.order_by().values_list("pk", flat=True))
    return PagesInOrder(sorted(found, key=rank.__getitem__), queryset.order_by())


class PagesInOrder(Sequence):
    """Pages in a given order of ids, fetched a slice at a time (what a paginator asks for)."""

    def __init__(self, ids, queryset):
        self.ids = ids
        self.queryset = queryset

    def __len__(self):
        return len(self.ids)

    def __getitem__(self, index):
        if isinstance(index, slice):
            ids = self.ids[index]
            pages = self.queryset.in_bulk(ids) if ids else {}
            return [pages[pk] for pk in ids if pk in pages]
        position = range(len(self))[index]  # IndexError outside, like a list
        return self[position : position + 1][0]


def _practice_projects(user, filters):
    """(the filtered, ordered queryset, ranked ids of the text search or None)."""
    queryset = viewable(PracticeProjectPage.objects.all(), user)
    ranked = None
    if filters.get("q"):
        ranked = text_search.ranked_ids(PracticeProjectPage, filters["q"], user)
        if ranked is not None:
            queryset = queryset.filter(pk__in=ranked)
    if filters.get("thema"):
        queryset = with_theme(queryset, filters["thema"].slug)
    if filters.get("kommune"):
        queryset = queryset.filter(municipality=filters["kommune"])
    if filters.get("kreis"):
        kreis = filters["kreis"]
        queryset = queryset.filter(Q(municipality=kreis) | Q(municipality__kreis=kreis))
    if filters.get("umkreis"):
        queryset = queryset.filter(
            municipality__in=nearby_ids(filters["umkreis"], filters.get("km"))
        )
    if filters.get("kurs"):
        queryset = queryset.filter(course=filters["kurs"])
    if filters.get("jahr"):
        queryset = queryset.filter(year=filters["jahr"])
    if filters.get("status"):
        queryset = queryset.filter(status=filters["status"])
    if filters.get("zielgruppe"):
        queryset = queryset.filter(target_groups=filters["zielgruppe"])
    order = PROJECT_ORDER.get(filters.get("sortierung"), PROJECT_ORDER["neueste"])
    return PracticeProjectPage.for_listing(queryset).order_by(*order), ranked


def nearby_ids(municipality, km=None):
    """Ids of the municipalities within `km` (default 25) of `municipality`, itself included."""
    km = km or DEFAULT_RADIUS_KM
    return [place.pk for place in municipalities_within(municipality, km)]


def latest_practice_projects(user, limit=3):
    queryset = viewable(PracticeProjectPage.objects.all(), user)
    return list(PracticeProjectPage.for_listing(queryset).order_by("-first_published_at")[:limit])


def related_by_theme(page, user, model, limit=3):
    """Readable pages of `model` sharing a theme with `page`, most shared themes first."""
    theme_ids = [item.tag_id for item in page.theme_items.all()]
    if not theme_ids:
        return []
    queryset = (
        viewable(model.objects.exclude(pk=page.pk), user)
        .filter(theme_items__tag_id__in=theme_ids)
        .annotate(shared=Count("theme_items", distinct=True))
        .order_by("-shared", "-first_published_at")
    )
    return list(for_listing(model, queryset)[:limit])


def working_group_results(user, theme=None, kind=None, year=None):
    """Working-group results for the listing, newest meeting first."""
    queryset = viewable(WorkingGroupResultPage.objects.all(), user)
    if theme:
        queryset = with_theme(queryset, theme.slug)
    if kind:
        queryset = queryset.filter(meeting__kind=kind)
    if year:
        queryset = queryset.filter(meeting__date__year=year)
    return WorkingGroupResultPage.for_listing(queryset).order_by("-meeting__date", "title")


def sibling_results(result, user):
    """Results of the same working group from other meetings."""
    queryset = viewable(
        WorkingGroupResultPage.objects.filter(working_group_id=result.working_group_id).exclude(
            pk=result.pk
        ),
        user,
    )
    return list(queryset.select_related("meeting").order_by("-meeting__date"))


def module_projects(module, user):
    """The practice projects a module links to, in the editor's order, readable ones only."""
    project_ids = [link.project_id for link in module.related_projects.all()]
    projects = PracticeProjectPage.for_listing(
        viewable(PracticeProjectPage.objects.filter(pk__in=project_ids), user)
    ).in_bulk()
    return [projects[pk] for pk in project_ids if pk in projects]


def modules(course_index, user):
    queryset = viewable(ModulePage.objects.child_of(course_index), user)
    return list(ModulePage.for_listing(queryset).order_by("number"))


def themes_with_counts(user):
    """All themes with the number of pages the user may read on each."""
    visible = viewable(Page.objects.all(), user).values("pk")
    return list(
        Theme.objects.annotate(
            count=Count("page_items", filter=Q(page_items__content_object__in=visible))
        ).order_by("sort_order", "name")
    )


def pages_on_theme(theme, user):
    """All readable pages tagged with the theme, of any type and any app."""
    page_ids = PageTheme.objects.filter(tag=theme).values("content_object_id")
    return viewable(Page.objects.filter(pk__in=page_ids), user)


@dataclass
class TypeGroup:
    """Pages of one type on a theme page: label, total count and the newest few."""

    model: type
    label: str
    count: int
    pages: list

    @property
    def has_more(self):
        return self.count > len(self.pages)


def content_by_type(theme, user, per_type=12):
    """Readable pages on a theme, grouped by page type with counts; a fixed number of queries."""
    pages = pages_on_theme(theme, user)
    counts = dict(
        pages.order_by()
        .values_list("content_type")
        .annotate(n=Count("pk"))
        .values_list("content_type", "n")
    )
    models = [ContentType.objects.get_for_id(ct).model_class() for ct in counts]
    rank = {model: index for index, model in enumerate(TYPE_ORDER)}
    models.sort(key=lambda m: (rank.get(m, len(rank)), str(m._meta.verbose_name_plural)))
    groups = []
    for model in models:
        content_type = ContentType.objects.get_for_model(model)
        queryset = model.objects.filter(pk__in=pages.filter(content_type=content_type).values("pk"))
        newest = for_listing(model, queryset).order_by("-first_published_at")[:per_type]
        groups.append(
            TypeGroup(model, model._meta.verbose_name_plural, counts[content_type.pk], list(newest))
        )
    return groups
