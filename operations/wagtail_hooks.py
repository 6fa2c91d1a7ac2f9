from wagtail import hooks

from .pagecache import mark_candidate


@hooks.register("before_serve_page")
def _mark_page_cache_candidate(page, request, serve_args, serve_kwargs):
    mark_candidate(page, request)
