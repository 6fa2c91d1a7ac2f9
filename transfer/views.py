"""Export of the practice projects a visitor may see, as CSV or Excel, with the listing filters."""

from django.http import HttpResponse
from django.utils import timezone

from knowledge import selectors
from knowledge.forms import PracticeProjectFilterForm
from knowledge.models.mixins import form_errors

from .exporter import FORMATS, export_queryset


def export_projects(request, fmt):
    form = PracticeProjectFilterForm(request.GET)
    if not form.is_valid():
        message = "Der Export ist nicht möglich: " + " ".join(str(e) for e in form_errors(form))
        return HttpResponse(message, status=400, content_type="text/plain; charset=utf-8")
    pages = export_queryset(selectors.practice_projects(request.user, form.cleaned_data))
    content_type, write = FORMATS[fmt]
    response = HttpResponse(write(pages), content_type=content_type)
    stamp = timezone.localdate().isoformat()
    response["Content-Disposition"] = f'attachment; filename="praxisprojekte-{stamp}.{fmt}"'
    return response
