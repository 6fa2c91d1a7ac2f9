"""The "Zur Mappe hinzufügen" link on content pages and the collections of the internal area."""

from django import template
from wagtail.models import Page

from folders import access

register = template.Library()


@register.inclusion_tag("folders/includes/add_button.html", takes_context=True)
def add_to_folder_button(context, page=None):
    """For logged-in trainers and editors only; anonymous visitors cost no query."""
    request = context.get("request")
    user = getattr(request, "user", None)
    show = (
        isinstance(page, Page)
        and page.pk is not None
        and user is not None
        and user.is_authenticated
        and not getattr(request, "is_preview", False)
        and user.has_perm("folders.add_folder")
    )
    return {"show": show, "page": page}


@register.simple_tag(takes_context=True)
def shared_folders(context):
    """Collections shared with the user of this request (and their own), newest session first."""
    request = context.get("request")
    return list(access.shared_with(request.user)) if request is not None else []
