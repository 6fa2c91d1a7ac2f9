"""Navigation built from the page tree: main menu, breadcrumbs, footer links."""

from django import template
from wagtail.models import Page, Site

from home.models import FooterLinks

register = template.Library()


def _site_root(request):
    site = Site.find_for_request(request) if request else None
    return site.root_page if site else None


@register.inclusion_tag("includes/main_menu.html", takes_context=True)
def main_menu(context):
    request = context.get("request")
    root = _site_root(request)
    items = (
        list(root.get_children().live().in_menu().only("id", "title", "url_path")) if root else []
    )
    current = context.get("page")
    current_path = getattr(current, "url_path", "") or ""
    for item in items:
        item.is_active = bool(current_path) and current_path.startswith(item.url_path)
    return {"root": root, "items": items, "request": request}


@register.inclusion_tag("includes/breadcrumbs.html", takes_context=True)
def breadcrumbs(context):
    page = context.get("page")
    if not isinstance(page, Page) or page.depth <= 2:
        return {"ancestors": [], "page": page}
    ancestors = page.get_ancestors().filter(depth__gte=2).only("id", "title", "url_path")
    return {"ancestors": list(ancestors), "page": page, "request": context.get("request")}


@register.inclusion_tag("includes/footer_links.html", takes_context=True)
def footer_links(context):
    request = context.get("request")
    links = []
    if request is not None:
        setting = FooterLinks.for_request(request)
        pages = {
            page.pk: page
            for page in Page.objects.live()
            .filter(pk__in=setting.page_ids)
            .only("id", "title", "url_path")
        }
        links = [
            pages[pk]
            for pk in (
                setting.imprint_id,
                setting.privacy_id,
                setting.contact_id,
                setting.accessibility_id,
            )
            if pk in pages
        ]
    return {"links": links, "request": request}
