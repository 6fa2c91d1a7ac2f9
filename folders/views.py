"""Open a collection, export it, and add a page to one from any content page."""

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.http import Http404, HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.views.decorators.http import require_http_methods, require_safe
from wagtail.models import Page

from accounts.middleware import mark_private
from knowledge.access import viewable
from knowledge.pdf import PdfUnavailable

from . import access, export, services
from .forms import AddToFolderForm
from .models import Folder


def _refusal(request):
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    return TemplateResponse(request, "accounts/forbidden.html", status=403)


def _open(request, pk, slug, view_name="folders:detail"):
    """(folder, None) when the user may open it, else (None, the response to send)."""
    folder = Folder.objects.select_related("owner", "course").filter(pk=pk).first()
    if folder is None:
        raise Http404
    if folder.visibility != Folder.Visibility.PUBLIC or request.user.is_authenticated:
        mark_private(request)
    if not access.can_open(request.user, folder):
        return None, _refusal(request)
    if slug != folder.slug:
        return None, redirect(view_name, pk=folder.pk, slug=folder.slug, permanent=True)
    return folder, None


def _base_url(request):
    return request.build_absolute_uri("/").rstrip("/")


@require_safe
def folder_detail(request, pk, slug):
    folder, refusal = _open(request, pk, slug)
    if refusal:
        return refusal
    items = access.visible_items(folder, request.user)
    return TemplateResponse(
        request,
        "folders/folder.html",
        {
            "folder": folder,
            "items": items,
            "has_pages": any(entry.page is not None for entry in items),
            "has_documents": bool(export.zip_entries(items, request.user)),
            "can_manage": access.can_manage(request.user, folder),
        },
    )


@require_safe
def folder_pdf(request, pk, slug):
    folder, refusal = _open(request, pk, slug, "folders:pdf")
    if refusal:
        return refusal
    items = access.visible_items(folder, request.user)
    try:
        content = export.folder_pdf(folder, items, _base_url(request))
    except PdfUnavailable:
        return TemplateResponse(request, "folders/pdf_unavailable.html", status=503)
    response = HttpResponse(content, content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="mappe-{folder.slug}.pdf"'
    return response


@require_safe
def folder_zip(request, pk, slug):
    folder, refusal = _open(request, pk, slug, "folders:zip")
    if refusal:
        return refusal
    content = export.folder_zip(access.visible_items(folder, request.user), request.user)
    if content is None:
        raise Http404("Diese Mappe enthält keine Dokumente, die Sie laden dürfen.")
    response = HttpResponse(content, content_type="application/zip")
    response["Content-Disposition"] = f'attachment; filename="mappe-{folder.slug}-dokumente.zip"'
    return response


@require_http_methods(["GET", "HEAD", "POST"])
def add_to_folder(request, page_id):
    """Trainers (and the Redaktion) add the page they are reading to one of their collections."""
    mark_private(request)
    if not request.user.is_authenticated or not request.user.has_perm("folders.add_folder"):
        return _refusal(request)
    page = viewable(Page.objects.filter(pk=page_id), request.user).specific().first()
    if page is None:
        raise Http404
    own = Folder.objects.filter(owner=request.user).order_by("-updated_at")
    form = AddToFolderForm(request.POST if request.method == "POST" else None, folders=own)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        folder = services.add_page(
            request.user, page, data["folder"], data["new_title"], data["note"]
        )
        messages.success(request, f"„{page.title}“ steht jetzt in der Mappe „{folder.title}“.")
        return redirect(page.url or folder.get_absolute_url())
    status = 400 if request.method == "POST" else 200
    return TemplateResponse(
        request, "folders/add.html", {"form": form, "target": page}, status=status
    )
