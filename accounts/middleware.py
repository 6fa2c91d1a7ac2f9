"""Responses for restricted pages and documents must never sit in a shared cache."""


def mark_private(request):
    request.is_private_response = True


class PrivateResponseMiddleware:
    """`Cache-Control: private, no-store` on everything a view restriction guards.

    The marks come from the `before_serve_page` / `before_serve_document` hooks, which run before
    any access check or conditional-request shortcut (304), so every answer is covered.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if getattr(request, "is_private_response", False):
            response["Cache-Control"] = "private, no-store"
            response.headers.pop("Expires", None)
            response.headers.pop("Last-Modified", None)
        return response
