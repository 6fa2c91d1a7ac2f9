"""Read-side queries for the knowledge collection, shared by views, search, feeds and home.

Filter themes through `theme_items__tag` (the table shared by all page types): taggit's own
`themes__...` lookup joins on the wrong column for Page subclasses.
"""

from collections import OrderedDict

from django.contrib.contenttypes.models import ContentType
from django.db.models import Count, Q
from wagtail.models import Page

from .access import viewable
from .models import (
    ModulePage,
    PageTheme,
    PracticeProjectPage,
    Theme,
    WorkingGroupResultPage,
)


def with_theme(queryset, *slugs):
    """Pages tagged with every one of the given theme slugs."""
    for slug in slugs:
        queryset = queryset.filter(theme_items__tag__slug=slug)
    return queryset


def practice_projects(user, filters=None):
    """Practice projects the user may read, filtered by a cleaned PracticeProjectFilterForm."""
    filters = filters or {}
    queryset = viewable(PracticeProjectPage.objects.all(), user)
    if filters.get("thema"):
        queryset = with_theme(queryset, filters["thema"].slug)
    if filters.get("kommune"):
        queryset = queryset.filter(municipality=filters["kommune"])
    if filters.get("kreis"):
        kreis = filters["kreis"]
        queryset = queryset.filter(Q(municipality=kreis) | Q(municipality__kreis=kreis))
    if filters.get("kurs"):
        queryset = queryset.filter(course=filters["kurs"])
    if filters.get("jahr"):
        queryset = queryset.filter(year=filters["jahr"])
    if filters.get("status"):
        queryset = queryset.filter(status=filters["status"])
    if filters.get("zielgruppe"):
        queryset = queryset.filter(target_groups=filters["zielgruppe"])
    return for_listing(queryset).order_by("-year", "title")


def for_listing(queryset):
    """Everything a project card shows, fetched in a fixed number of queries."""
    return queryset.select_related(
        "municipality", "municipality__kreis", "course"
    ).prefetch_related("themes", "target_groups")


def latest_practice_projects(user, limit=3):
    queryset = viewable(PracticeProjectPage.objects.all(), user)
    return list(for_listing(queryset).order_by("-first_published_at")[:limit])


def similar_projects(project, user, limit=3):
    """Shared themes first, then the same target group, newest first."""
    theme_ids = list(project.theme_items.values_list("tag_id", flat=True))
    group_ids = list(project.target_groups.values_list("pk", flat=True))
    if not theme_ids and not group_ids:
        return []
    queryset = (
        viewable(PracticeProjectPage.objects.exclude(pk=project.pk), user)
        .annotate(
            shared_themes=Count(
                "theme_items", filter=Q(theme_items__tag_id__in=theme_ids), distinct=True
            ),
            shared_groups=Count(
                "target_groups", filter=Q(target_groups__in=group_ids), distinct=True
            ),
        )
        .filter(Q(shared_themes__gt=0) | Q(shared_groups__gt=0))
        .order_by("-shared_themes", "-shared_groups", "-year", "-first_published_at")
    )
    return list(for_listing(queryset)[:limit])


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


def content_by_type(theme, user):
    """Readable pages on a theme grouped by page type: [(label, [pages])], in a fixed order."""
    pages = pages_on_theme(theme, user).order_by("-first_published_at").specific()
    order = [PracticeProjectPage, ModulePage, WorkingGroupResultPage]
    groups = OrderedDict((model, []) for model in order)
    for page in pages:
        groups.setdefault(type(page), []).append(page)
    return [(model._meta.verbose_name_plural, items) for model, items in groups.items() if items]


def content_type_labels():
    """Plural labels of the page types that carry themes, keyed by content type id."""
    models = [PracticeProjectPage, ModulePage, WorkingGroupResultPage]
    types = ContentType.objects.get_for_models(*models)
    return {types[m].pk: m._meta.verbose_name_plural for m in models}
