"""`{% feedback_widget %}`: "War diese Seite hilfreich?" below a page's content."""

from django import template
from django.conf import settings
from wagtail.models import Page

from feedback.forms import FeedbackForm
from feedback.services import has_voted

register = template.Library()


def shows_widget(page, request):
    """Content pages at their own URL; not the home page, not sub-routes of a listing."""
    if not isinstance(page, Page) or not page.pk or page.depth <= 2 or request is None:
        return False
    if getattr(request, "is_preview", False):
        return False
    return request.path == page.get_url(request)


@register.inclusion_tag("feedback/widget.html", takes_context=True)
def feedback_widget(context):
    request = context.get("request")
    page = context.get("page")
    if not shows_widget(page, request):
        return {"show": False}
    # Reading the session only when the visitor has one keeps cookie-less page views shareable.
    voted = settings.SESSION_COOKIE_NAME in request.COOKIES and has_voted(request.session, page.pk)
    return {"show": True, "page": page, "voted": voted, "form": FeedbackForm()}
