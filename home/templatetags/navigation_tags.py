"""Navigation built from the page tree: main menu, breadcrumbs, footer links.

Menu and footer are the same on every page of a site: they are built once per content
generation (see operations.pagecache) and kept in the cache as plain titles and URLs.
"""

from django import template
from wagtail.models import Page, Site

from home.models import FooterLinks
from operations.pagecache import fragment
from operations.routing import route_ancestors

register = template.Library()


@register.inclusion_tag("includes/main_menu.html", takes_context=True)
def main_menu(context):
    request = context.get("request")
    site = Site.find_for_request(request) if request else None

    def build():
        root = site.root_page if site else None
        if root is None:
            return None, []
        children = root.get_children().live().in_menu().only("id", "title", "url_path")
        return root.get_url(request), [
            {"title": page.title, "url": page.get_url(request), "url_path": page.url_path}
            for page in children
        ]

    root_url, entries = fragment(request, "main-menu", build, site.pk if site else "-")
    current = context.get("page")
    current_path = getattr(current, "url_path", "") or ""
    items = [
        {**entry, "is_active": bool(current_path) and current_path.startswith(entry["url_path"])}
        for entry in entries
    ]
    return {"root_url": root_url, "items": items, "request": request}


@register.inclusion_tag("includes/breadcrumbs.html", takes_context=True)
def breadcrumbs(context):
    page = context.get("page")
    if not isinstance(page, Page) or page.depth <= 2:
        return {"ancestors": [], "page": page}
    request = context.get("request")
    ancestors = route_ancestors(request, page)
    if ancestors is None:
        ancestors = page.get_ancestors().only("id", "title", "url_path", "depth")
    ancestors = [ancestor for ancestor in ancestors if ancestor.depth >= 2]
    return {"ancestors": ancestors, "page": page, "request": request}


@register.inclusion_tag("includes/footer_links.html", takes_context=True)
def footer_links(context):
    request = context.get("request")
    if request is None:
        return {"links": [], "request": request}

    def build():
        setting = FooterLinks.for_request(request)
        pages = {
            page.pk: page
            for page in Page.objects.live()
            .filter(pk__in=setting.page_ids)
            .only("id", "title", "url_path")
        }
        return [
            {"title": pages[pk].title, "url": pages[pk].get_url(request)}
            for pk in (
                setting.imprint_id,
                setting.privacy_id,
                setting.contact_id,
                setting.accessibility_id,
            )
            if pk in pages
        ]

    site = Site.find_for_request(request)
    links = fragment(request, "footer-links", build, site.pk if site else "-")
    return {"links": links, "request": request}
