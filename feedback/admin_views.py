"""Editors' view of the helpfulness widget: shares of "yes" per theme and page, the comments."""

from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_POST

from knowledge.models import Theme
from search.engine import clean_text

from . import selectors, services
from .models import Feedback

COMMENTS_PER_PAGE = 50
STATUS_LABELS = {"offen": "Offen", "erledigt": "Erledigt", "alle": "Alle"}


def can_view(user):
    return user.has_perm("feedback.view_feedback")


def can_change(user):
    return user.has_perm("feedback.change_feedback")


def _theme(request):
    slug = clean_text(request.GET.get("thema", ""))[:100].strip()
    return Theme.objects.filter(slug=slug).first() if slug else None


def overview(request):
    if not can_view(request.user):
        raise PermissionDenied
    theme = _theme(request)
    return render(
        request,
        "feedback/admin/overview.html",
        {
            "themes": selectors.share_by_theme(),
            "pages": selectors.share_by_page(theme.slug if theme else None)[:200],
            "theme": theme,
            "page_title": "Rückmeldungen: War diese Seite hilfreich?",
            "header_icon": "comment",
        },
    )


def comments(request):
    if not can_view(request.user):
        raise PermissionDenied
    status = request.GET.get("status", "offen")
    if status not in STATUS_LABELS:
        status = "offen"
    page_id = request.GET.get("seite", "")
    page_id = int(page_id) if page_id.isdigit() and len(page_id) < 12 else None
    theme = None if page_id else _theme(request)
    paginator = Paginator(
        selectors.comments(status, page_id, theme.slug if theme else None), COMMENTS_PER_PAGE
    )
    listing = paginator.get_page(request.GET.get("p"))
    return render(
        request,
        "feedback/admin/comments.html",
        {
            "listing": listing,
            "status": status,
            "statuses": STATUS_LABELS,
            "page_id": page_id,
            "theme": theme,
            # Keeps the page or theme chosen when the status or the listing page changes.
            "scope": f"&seite={page_id}" if page_id else f"&thema={theme.slug}" if theme else "",
            "can_change": can_change(request.user),
            "page_title": "Kommentare zu „War diese Seite hilfreich?“",
            "header_icon": "comment",
        },
    )


@require_POST
def set_done(request, pk):
    if not can_change(request.user):
        raise PermissionDenied
    feedback = get_object_or_404(Feedback.objects.with_comment(), pk=pk)
    services.mark_done([feedback.pk], request.user, done=request.POST.get("erledigt") != "0")
    back = request.POST.get("next", "")
    if not back.startswith("/admin/rueckmeldungen/"):
        back = "feedback_comments"
    return redirect(back)
