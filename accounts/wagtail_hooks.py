"""Access checks for restricted pages and documents, and securing new internal sections."""

from django.template.response import TemplateResponse
from wagtail import hooks

from .middleware import mark_private
from .models import InternalAreaPage, InternalCoursePage
from .roles import ensure_roles, secure_course_section, secure_internal_area


def _forbidden(request, restrictions):
    """Logged-in users a restriction refuses get a German 403, not another login form."""
    mark_private(request)
    if request.user.is_authenticated and not all(r.accept_request(request) for r in restrictions):
        return TemplateResponse(request, "accounts/forbidden.html", status=403)
    # Anonymous visitors fall through to Wagtail's check, which redirects to the login.
    return None


@hooks.register("before_serve_page", order=-10)
def check_page_access(page, request, serve_args, serve_kwargs):
    restrictions = page.get_view_restrictions()
    if restrictions:
        return _forbidden(request, restrictions)
    return None


@hooks.register("before_serve_document", order=-10)
def check_document_access(document, request):
    restrictions = document.collection.get_view_restrictions()
    if restrictions:
        return _forbidden(request, restrictions)
    return None


@hooks.register("after_create_page")
@hooks.register("after_edit_page")
def secure_internal_pages(request, page):
    specific = page.specific_deferred
    if isinstance(specific, InternalAreaPage):
        secure_internal_area(specific)
        ensure_roles()
    elif isinstance(specific, InternalCoursePage):
        secure_course_section(specific)
