"""Error handlers that need no database; media files for the development server."""

import posixpath
import sys

from django.conf import settings
from django.http import Http404
from django.views.defaults import server_error as django_server_error
from django.views.static import serve

from .middleware import DATABASE_ERRORS, service_unavailable


def server_error(request, template_name="500.html"):
    """handler500: a database outage is a 503 with Retry-After; anything else the usual 500."""
    exception = sys.exc_info()[1]
    if isinstance(exception, DATABASE_ERRORS):
        return service_unavailable()
    return django_server_error(request, template_name=template_name)


def development_media(request, path):
    """Media files under DEBUG, but never documents: those go through /dokumente/ and its check.

    The path is normalised first: `./documents/…` or `images/../documents/…` name the same file.
    """
    normal = posixpath.normpath(path.replace("\\", "/")).lstrip("/")
    if normal.startswith("..") or normal.split("/", 1)[0].casefold() == "documents":
        raise Http404
    return serve(request, normal, document_root=settings.MEDIA_ROOT)
