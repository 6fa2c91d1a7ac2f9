"""Routing a URL to its page with one query for the whole chain of ancestors.

Wagtail's `Page.route` walks the tree one level at a time, two queries per level (the child by
slug, then its specific row). The site root mixes in `ChainRoutingMixin`, which looks up every
page on the URL's path at once by `url_path`, then hands over to the page that has its own
`route` (a routable page, or the target itself) exactly as Wagtail would, so routable sub-URLs,
drafts and 404s behave as before. The ancestors it fetched are kept on the request for the
breadcrumbs. View restrictions are read from the database on every uncached page view, with one
query by tree path, and checked by Wagtail itself.
"""

from django.http import Http404
from wagtail.models import Page, PageViewRestriction


def _overrides_route(model):
    return model.route is not Page.route


def _check_restrictions_by_path(page):
    """Let Wagtail's access check read the page's view restrictions with one query.

    Wagtail's `get_view_restrictions` queries the ancestors, then their restrictions; a page
    outside any alias has the same restrictions as the rows on its tree path. Read from the
    database on every uncached view (never from a cache), once: the page cache's check and
    Wagtail's own share the result.
    """
    steplen = page.steplen
    paths = [page.path[:end] for end in range(steplen, len(page.path) + 1, steplen)]
    found = []

    def get_view_restrictions():
        if not found:
            found.append(list(PageViewRestriction.objects.filter(page__path__in=paths)))
        return found[0]

    page.get_view_restrictions = get_view_restrictions


def _specific(page):
    """The page's specific instance, with the relations its template reads joined in."""
    model = page.specific_class
    related = getattr(model, "serve_select_related", ())
    specific = model._default_manager.select_related(*related).get(pk=page.pk)
    specific._cached_parent_obj = getattr(page, "_cached_parent_obj", None)
    return specific


class ChainRoutingMixin:
    """For the site root page: route any URL below it with a constant number of queries."""

    def route(self, request, path_components):
        if not path_components:
            if not self.alias_of_id:
                _check_restrictions_by_path(self)
            return super().route(request, path_components)
        prefixes = [
            self.url_path + "".join(f"{slug}/" for slug in path_components[: i + 1])
            for i in range(len(path_components))
        ]
        # By slug as well: Wagtail indexes `slug` but not `url_path`, and the tree-path prefix
        # alone matches every page of the site (2 ms at 10,000 pages on PostgreSQL, 0.1 ms by
        # slug). Whether a row lies below this root is checked here instead.
        found = {
            page.url_path: page
            for page in Page.objects.filter(
                slug__in=sorted(set(path_components)), url_path__in=prefixes
            )
            if page.path.startswith(self.path) and page.depth > self.depth
        }
        chain = [self]
        for i, prefix in enumerate(prefixes):
            child = found.get(prefix)
            if child is None or child.depth != self.depth + i + 1:
                raise Http404
            child._cached_parent_obj = chain[-1]
            chain.append(child)
            remaining = path_components[i + 1 :]
            model = child.specific_class
            if model is None:
                raise Http404
            if remaining and not _overrides_route(model):
                continue
            target = _specific(child)
            request._route_ancestors = (target.pk, chain[:-1])
            if not any(page.alias_of_id for page in chain):
                _check_restrictions_by_path(target)
            return target.route(request, remaining)
        raise Http404  # unreachable: the loop returns at the last component


def route_ancestors(request, page):
    """The ancestors fetched while routing to `page`, or None if it was routed otherwise."""
    found = getattr(request, "_route_ancestors", None)
    if found and found[0] == page.pk:
        return found[1]
    return None
