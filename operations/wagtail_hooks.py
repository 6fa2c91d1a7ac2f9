from wagtail import hooks

from .pagecache import mark_candidate, refuse_expired


@hooks.register("before_serve_page")
def _mark_page_cache_candidate(page, request, serve_args, serve_kwargs):
    refuse_expired(page)
    mark_candidate(page, request)
