"""The editors' import in the Wagtail admin: upload, check (a dry run), confirm, import.

The uploaded file waits in a private temporary folder (not under MEDIA_ROOT) between the check
and the confirmation; the session remembers which file belongs to which editor.
"""

import tempfile
import uuid
from pathlib import Path

from django.core.exceptions import PermissionDenied
from django.shortcuts import render

from knowledge.forms import PracticeProjectFilterForm
from knowledge.models import PracticeProjectIndexPage

from .forms import ImportConfirmForm, ImportUploadForm
from .importer import import_file

SESSION_KEY = "transfer_uploads"
TEMPLATE = "transfer/admin/import.html"


def upload_folder():
    folder = Path(tempfile.gettempdir()) / "famnrw-import"
    folder.mkdir(mode=0o700, exist_ok=True)
    return folder


def _permissions(request):
    index = PracticeProjectIndexPage.objects.first()
    if index is None:
        return None
    permissions = index.permissions_for_user(request.user)
    if not permissions.can_add_subpage():
        raise PermissionDenied
    return permissions


def import_view(request):
    permissions = _permissions(request)
    context = {
        "filter_form": PracticeProjectFilterForm(),
        "missing_index": permissions is None,
        "can_publish": bool(permissions and permissions.can_publish_subpage()),
    }
    if request.method != "POST" or permissions is None:
        context["form"] = ImportUploadForm()
        return render(request, TEMPLATE, context)
    if request.POST.get("action") == "import":
        return _confirm(request, context)
    form = ImportUploadForm(request.POST, request.FILES)
    context["form"] = form
    if not form.is_valid():
        return render(request, TEMPLATE, context, status=400)
    upload = form.cleaned_data["file"]
    publish = form.cleaned_data["publish"]
    if publish and not context["can_publish"]:
        raise PermissionDenied
    data = upload.read()
    report = import_file(upload.name, data, dry_run=True, publish=publish)
    context["report"] = report
    if report.file_error or not (report.created or report.updated):
        return render(request, TEMPLATE, context, status=400 if report.file_error else 200)
    token = uuid.uuid4().hex
    suffix = ".xlsx" if upload.name.lower().endswith(".xlsx") else ".csv"
    (upload_folder() / f"{token}{suffix}").write_bytes(data)
    uploads = request.session.get(SESSION_KEY, {})
    uploads[token] = {"name": upload.name, "suffix": suffix}
    request.session[SESSION_KEY] = uploads
    context["confirm_form"] = ImportConfirmForm(initial={"token": token, "publish": publish})
    context["file_name"] = upload.name
    return render(request, TEMPLATE, context)


def _confirm(request, context):
    form = ImportConfirmForm(request.POST)
    uploads = request.session.get(SESSION_KEY, {})
    entry = uploads.get(form.data.get("token", "")) if form.is_valid() else None
    path = upload_folder() / f"{form.cleaned_data['token']}{entry['suffix']}" if entry else None
    if path is None or not path.is_file():
        context["form"] = ImportUploadForm()
        context["expired"] = True
        return render(request, TEMPLATE, context, status=400)
    publish = form.cleaned_data["publish"]
    if publish and not context["can_publish"]:
        raise PermissionDenied
    try:
        report = import_file(
            entry["name"],
            path.read_bytes(),
            publish=publish,
            user=request.user,
            # The per-save index update stays on: a web process must not switch it off for
            # other requests. Files here are small.
            defer_index=False,
        )
    finally:
        path.unlink(missing_ok=True)
        uploads.pop(form.cleaned_data["token"], None)
        request.session[SESSION_KEY] = uploads
    context.update(report=report, done=True, form=ImportUploadForm())
    return render(request, TEMPLATE, context)
