"""Template helpers for knowledge content: links to theme pages."""

from django import template

from knowledge.links import theme_index_url

register = template.Library()


@register.simple_tag(takes_context=True)
def theme_url(context, theme):
    """The theme's own page (/themen/<slug>/), or nothing when no theme overview exists."""
    base = theme_index_url(context.get("request"))
    return f"{base}{theme.slug}/" if base else ""


@register.simple_tag(takes_context=True)
def query_without(context, *names):
    """The current URL's query string without the named parameters (and without paging).

    A name may also be a list or tuple of names.
    """
    request = context["request"]
    params = request.GET.copy()
    flat = [n for name in names for n in ((name,) if isinstance(name, str) else name)]
    for name in (*flat, "seite"):
        params.pop(name, None)
    encoded = params.urlencode()
    return f"?{encoded}" if encoded else request.path
