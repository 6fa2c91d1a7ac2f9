"""Development only: a missing page shows the site's German 404, not Django's debug page."""

from django.http import Http404
from django.views.defaults import page_not_found


class SiteNotFoundMiddleware:
    """With DEBUG on, Django answers a view's Http404 with its English technical page; a visitor
    trying the site locally should see what production shows. Errors other than "not found"
    keep Django's debug pages."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if isinstance(exception, Http404):
            return page_not_found(request, exception)
        return None
