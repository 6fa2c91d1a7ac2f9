"""Middleware that keeps the site answering: health checks, and a 503 when the database is gone."""

import logging

from django.db import InterfaceError, OperationalError
from django.http import HttpResponse, JsonResponse
from django.template.loader import render_to_string

from . import health

logger = logging.getLogger(__name__)

RETRY_AFTER_SECONDS = 30
DATABASE_ERRORS = (OperationalError, InterfaceError)


def service_unavailable():
    """The German 503 page; its template needs neither a request nor the database."""
    response = HttpResponse(
        render_to_string("503.html"), status=503, content_type="text/html; charset=utf-8"
    )
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    response["Cache-Control"] = "no-store"
    return response


class HealthCheckMiddleware:
    """Answer /healthz and /readyz first: before host validation (load balancers probe by IP),
    sessions and the page cache."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path == "/healthz":
            return JsonResponse({"status": "ok"}, headers={"Cache-Control": "no-store"})
        if request.path == "/readyz":
            checks, ready = health.readiness()
            return JsonResponse(
                {"status": "ok" if ready else "unavailable", "checks": checks},
                status=200 if ready else 503,
                headers={"Cache-Control": "no-store"},
            )
        return self.get_response(request)


class DatabaseUnavailableMiddleware:
    """A view that fails because the database cannot be reached answers 503, not 500.

    Failures outside views (in other middleware) reach `operations.views.server_error`, the
    project's handler500, which does the same.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if isinstance(exception, DATABASE_ERRORS):
            logger.error("Database unavailable: %s", exception)
            return service_unavailable()
        return None
