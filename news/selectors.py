"""Read-side queries for news and press releases."""

from django.db.models import Count

from knowledge.access import viewable

from .models import NewsPage


def news(user, kind=None):
    """Readable news items (of one kind, or all), newest first."""
    queryset = viewable(NewsPage.objects.all(), user)
    if kind:
        queryset = queryset.filter(kind=kind)
    return NewsPage.for_listing(queryset).order_by("-date", "-first_published_at", "-pk")


def related_news(page, user, limit=3):
    """News sharing a theme with any page, most shared themes first, then newest; one query.

    Knowledge pages include this through a template tag. The page's themes are usually
    prefetched already, so they cost nothing here.
    """
    themes = getattr(page, "themes", None)
    if themes is None:
        return []
    theme_ids = [theme.pk for theme in themes.all()]
    if not theme_ids:
        return []
    queryset = (
        viewable(NewsPage.objects.exclude(pk=page.pk), user)
        .filter(theme_items__tag_id__in=theme_ids)
        .annotate(shared=Count("theme_items", distinct=True))
        .order_by("-shared", "-date", "-pk")
    )
    return list(queryset[:limit])
