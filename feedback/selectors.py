"""Read side of the helpfulness widget: shares of "yes" per page and per theme, comments.

`share_by_theme()` is what other apps (the figures in the admin) read; its rows count votes
on pages carrying the theme (a page with two themes counts for both).
"""

from dataclasses import dataclass

from django.db.models import Count, Max, Q
from wagtail.models import Page

from knowledge.models import Theme

from .models import Feedback


@dataclass
class Share:
    """Votes on a page or theme and the share of "yes" (0.0–1.0; None without votes)."""

    key: object
    label: str
    votes: int
    yes: int
    open_comments: int = 0
    last_vote: object = None

    @property
    def no(self):
        return self.votes - self.yes

    @property
    def share(self):
        return self.yes / self.votes if self.votes else None

    @property
    def percent(self):
        return round(self.share * 100) if self.votes else None


def _counts(queryset, group_by):
    return (
        queryset.order_by()
        .values(group_by)
        .annotate(
            votes=Count("pk"),
            yes=Count("pk", filter=Q(helpful=True)),
            open=Count("pk", filter=Q(done_at__isnull=True) & ~Q(comment="")),
            last=Max("created_at"),
        )
    )


def share_by_theme(since=None):
    """One Share per theme of the vocabulary (in its order), themes without votes included."""
    queryset = Feedback.objects.all()
    if since is not None:
        queryset = queryset.filter(created_at__gte=since)
    rows = {
        row["page__theme_items__tag"]: row
        for row in _counts(
            queryset.filter(page__theme_items__isnull=False), "page__theme_items__tag"
        )
    }
    shares = []
    for theme in Theme.objects.order_by("sort_order", "name"):
        row = rows.get(theme.pk, {})
        shares.append(
            Share(
                key=theme.slug,
                label=theme.name,
                votes=row.get("votes", 0),
                yes=row.get("yes", 0),
                open_comments=row.get("open", 0),
                last_vote=row.get("last"),
            )
        )
    return shares


def share_by_page(theme_slug=None):
    """One Share per page with votes (key: the page), most votes first."""
    queryset = Feedback.objects.all()
    if theme_slug:
        queryset = queryset.filter(page__theme_items__tag__slug=theme_slug)
    rows = list(_counts(queryset, "page").order_by("-votes", "-last"))
    pages = Page.objects.in_bulk([row["page"] for row in rows])
    return [
        Share(
            key=pages[row["page"]],
            label=pages[row["page"]].title,
            votes=row["votes"],
            yes=row["yes"],
            open_comments=row["open"],
            last_vote=row["last"],
        )
        for row in rows
        if row["page"] in pages
    ]


STATUS_FILTERS = {
    "offen": Q(done_at__isnull=True),
    "erledigt": Q(done_at__isnull=False),
    "alle": Q(),
}


def comments(status="offen", page_id=None, theme_slug=None):
    """Comments, newest first, with their page (one query); of one page or theme if given."""
    queryset = (
        Feedback.objects.with_comment()
        .filter(STATUS_FILTERS.get(status, STATUS_FILTERS["offen"]))
        .select_related("page", "done_by")
    )
    if page_id:
        queryset = queryset.filter(page_id=page_id)
    if theme_slug:
        queryset = queryset.filter(page__theme_items__tag__slug=theme_slug)
    return queryset.order_by("-created_at", "-pk")
