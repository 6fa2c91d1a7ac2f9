"""Admin views of the freshness review: confirm and record "Als geprüft markieren"."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme

from . import review


def _next_url(request, page):
    target = request.POST.get("next") or request.GET.get("next")
    if target and url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return target
    return reverse("wagtailadmin_explore", args=[page.get_parent().pk])


def mark_reviewed(request, page_id):
    """GET asks for confirmation, POST records today's review of the page (no new revision)."""
    page = review.page_for_review(page_id)
    if page is None:
        raise Http404
    if not page.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    if request.method == "POST":
        review.mark_reviewed(page, request.user)
        messages.success(
            request,
            f"„{page.get_admin_display_title()}“ ist als geprüft markiert. "
            f"Nächste Prüfung: {page.review_due_at:%d.%m.%Y}.",
        )
        return redirect(_next_url(request, page))
    return TemplateResponse(
        request,
        "knowledge/admin/mark_reviewed.html",
        {
            "page": page,
            "next": _next_url(request, page),
            "page_title": "Als geprüft markieren",
            "header_icon": "tick",
        },
    )
