"""Error handlers that need no database."""

import sys

from django.views.defaults import server_error as django_server_error

from .middleware import DATABASE_ERRORS, service_unavailable


def server_error(request, template_name="500.html"):
    """handler500: a database outage is a 503 with Retry-After; anything else the usual 500."""
    exception = sys.exc_info()[1]
    if isinstance(exception, DATABASE_ERRORS):
        return service_unavailable()
    return django_server_error(request, template_name=template_name)
