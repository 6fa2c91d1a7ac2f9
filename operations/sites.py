"""The request's Wagtail site and its root page, kept per content generation in each process.

Wagtail looks both up on every page view: the site by host name, then the root page's specific
row, two queries (and their SQL compilation) before routing even starts. Both change only
with a site or page change, and every such change starts a new content generation
(operations.pagecache), so each worker keeps them for the generation in force and hands every
request its own shallow copies: what a request sets on its site or root page (routing does)
stays with that request. When the cache cannot tell the generation, Wagtail looks them up.
"""

import copy
import threading
from collections import OrderedDict

from django.http.request import split_domain_port
from wagtail.models import Site
from wagtail.models.sites import get_site_for_hostname

from .pagecache import current_generation

_lock = threading.Lock()
_generation = None
# (hostname, port) -> (site, its root page as its specific class), the most recent last. Host
# names come from the request before validation: bounded, so strangers cannot grow it.
_sites = OrderedDict()
MAX_HOSTS = 32


def _resolve(hostname, port):
    try:
        site = get_site_for_hostname(hostname, port)
    except Site.DoesNotExist:
        return None
    return site, site.root_page.specific


def site_for_request(request):
    """A copy of the request's site whose root page is a specific copy; None without a site."""
    global _generation
    generation = current_generation(request)
    if generation is None:
        return Site.find_for_request(request)
    hostname = split_domain_port(request._get_raw_host())[0]
    key = (hostname, request.get_port())
    with _lock:
        if generation != _generation:
            _sites.clear()
            _generation = generation
        found = _sites.get(key)
    if found is None:
        found = _resolve(*key)
        with _lock:
            if generation == _generation:
                _sites[key] = found
                while len(_sites) > MAX_HOSTS:
                    _sites.popitem(last=False)
    if found is None:
        return None
    site, root = found
    site, root = copy.copy(site), copy.copy(root)
    site.root_page = root
    return site


class SiteMiddleware:
    """Give each request its Wagtail site (`Site.find_for_request` then finds it memoised)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        request._wagtail_site = site_for_request(request)
        return self.get_response(request)
