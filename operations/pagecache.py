"""Whole-page cache for anonymous visitors, in front of Wagtail's page serving.

Only responses a stranger may share are stored: GET/HEAD of a Wagtail page, no session or message
cookie on the request, no cookie set by the response (CSRF forms set one), status 200, not
`private`/`no-store`/`no-cache`, not under a view restriction (as Wagtail itself finds it, from
the database), not a preview. A hit costs one cache round trip and no database query.

Two levels: the shared cache (Redis) holds the pages; each worker process keeps copies of the
pages it served lately and re-reads the generation at most every PAGE_CACHE_LOCAL_SECONDS (1 s),
so most hits need no network round trip at all. A change made in this process is seen at once;
one made on another app server within that interval.

Invalidation is by generation: every entry carries the generation it was rendered in, and any
publish, unpublish, move, deletion, restriction, site, setting or snippet change starts a new one.
Old entries are then simply never read again and expire with their timeout. That is coarse (one
change empties the whole site's cache) but always correct, also for listings, menus and
teasers that show the changed page elsewhere. The generation is a database row
(`operations.models.ContentGeneration`) written in the transaction of the change: a cache write
lost while Redis hangs, or a cache per process, cannot keep an unpublished or newly restricted
page in the cache. The shared cache mirrors it, so stored pages still serve while the database
is down.
"""

import hashlib
import threading
import time
import uuid
from collections import OrderedDict

from django.conf import settings
from django.core.cache import cache
from django.db import InterfaceError, OperationalError, transaction
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.dispatch import receiver
from django.http import Http404, HttpResponse
from django.utils import timezone
from wagtail.models import Page, PageViewRestriction, Site
from wagtail.signals import page_published, page_unpublished, post_page_move

GENERATION_KEY = "pagecache:generation"
HEADER = "X-Cache"
DATABASE_ERRORS = (OperationalError, InterfaceError)
# Headers that belong to one response only, never to a stored copy.
_SKIP_HEADERS = {"x-cache", "set-cookie", "date"}


def enabled():
    return getattr(settings, "PAGE_CACHE_ENABLED", True)


def timeout():
    return getattr(settings, "PAGE_CACHE_TIMEOUT", 600)


class _LocalCopies:
    """This process's copies of recently served pages and of the generation."""

    def __init__(self):
        self.lock = threading.Lock()
        self.pages = OrderedDict()
        self.generation = None
        self.checked = 0.0

    def reset(self):
        with self.lock:
            self.pages.clear()
            self.generation = None

    def get(self, key):
        return self.pages.get(key)

    def put(self, key, entry):
        limit = getattr(settings, "PAGE_CACHE_LOCAL_ENTRIES", 500)
        with self.lock:
            self.pages[key] = entry
            self.pages.move_to_end(key)
            while len(self.pages) > limit:
                self.pages.popitem(last=False)


_local = _LocalCopies()
reset_local_copies = _local.reset


def _stored_generation():
    """The generation from the database (created on first use); the mirror if it is down."""
    from .models import ContentGeneration

    try:
        value = ContentGeneration.objects.filter(pk=1).values_list("value", flat=True).first()
        if value is None:
            value = ContentGeneration.objects.get_or_create(
                pk=1, defaults={"value": uuid.uuid4().hex}
            )[0].value
    except DATABASE_ERRORS:
        # No database: the last generation the app servers saw, so stored pages still serve.
        return cache.get(GENERATION_KEY)
    if value != _local.generation:
        cache.set(GENERATION_KEY, value, None)
    return value


def _shared_generation():
    """The generation in force, re-read from the database at most every few seconds."""
    now = time.monotonic()
    window = getattr(settings, "PAGE_CACHE_LOCAL_SECONDS", 1.0)
    if _local.generation is not None and now - _local.checked < window:
        return _local.generation
    generation = _stored_generation()
    _local.generation, _local.checked = generation, now
    return generation


def bump_generation():
    """Start a new generation: every cached page and fragment is stale from now on.

    Written in the transaction of the change itself: it takes effect with the change (on a
    read replica too) and is undone with it. This process re-reads it at once.
    """
    from .models import ContentGeneration

    value = uuid.uuid4().hex
    if not ContentGeneration.objects.filter(pk=1).update(value=value):
        ContentGeneration.objects.update_or_create(pk=1, defaults={"value": value})
    _local.generation = None
    transaction.on_commit(_forget_local_generation)


def _forget_local_generation():
    _local.generation = None


def current_generation(request=None):
    """The generation in force (memoised on the request); None when nobody can tell."""
    if request is not None and hasattr(request, "_content_generation"):
        return request._content_generation
    generation = _shared_generation()
    if request is not None:
        request._content_generation = generation
    return generation


def fragment(request, name, build, *parts):
    """A value rendered once per generation (menu, footer); built fresh when no cache answers."""
    generation = current_generation(request)
    if generation is None:
        return build()
    key = "fragment:" + ":".join([name, generation, *map(str, parts)])
    value = cache.get(key)
    if value is None:
        value = build()
        cache.set(key, value, timeout())
    return value


def _request_may_use_cache(request):
    if request.method not in ("GET", "HEAD"):
        return False
    cookies = request.COOKIES
    if settings.SESSION_COOKIE_NAME in cookies or "messages" in cookies:
        return False
    return "HTTP_AUTHORIZATION" not in request.META


def _key(request):
    raw = f"{request.get_host()}\n{request.path}\n{request.META.get('QUERY_STRING', '')}"
    return "pagecache:page:" + hashlib.sha256(raw.encode()).hexdigest()


def _response_is_shareable(request, response):
    if not getattr(request, "_page_cache_candidate", False):
        return False
    if response.status_code != 200 or response.streaming or response.cookies:
        return False
    if getattr(request, "is_preview", False):
        return False
    cache_control = response.get("Cache-Control", "").lower()
    if any(word in cache_control for word in ("private", "no-store", "no-cache")):
        return False
    user = getattr(request, "user", None)
    return not (user is not None and user.is_authenticated)


def _current(entry, generation):
    """Is a stored entry of the generation in force and its page not yet expired?"""
    if entry is None or len(entry) != 5 or entry[0] != generation:
        return False
    expires = entry[4]
    return expires is None or time.time() < expires


def _rebuild(entry):
    _generation, status, headers, content, _expires = entry
    response = HttpResponse(content, status=status)
    for name, value in headers:
        response[name] = value
    return response


class PageCacheMiddleware:
    """Serve stored anonymous page views; store new ones. Sits before the session middleware."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not enabled():
            return self.get_response(request)
        if not _request_may_use_cache(request):
            response = self.get_response(request)
            response[HEADER] = "BYPASS"
            return response
        key = _key(request)
        generation = _shared_generation()
        if generation is not None:
            request._content_generation = generation
            entry = _local.get(key)
            if not _current(entry, generation):
                entry = cache.get(key)
                if _current(entry, generation):
                    _local.put(key, entry)
            if _current(entry, generation):
                response = _rebuild(entry)
                response[HEADER] = "HIT"
                return response

        response = self.get_response(request)
        if _response_is_shareable(request, response):
            generation = current_generation(request)
            if generation is not None:
                headers = [
                    (name, value)
                    for name, value in response.items()
                    if name.lower() not in _SKIP_HEADERS
                ]
                expires = getattr(request, "_page_cache_expires", None)
                lifetime = timeout()
                if expires is not None:
                    lifetime = max(1, min(lifetime, int(expires - time.time()) + 1))
                entry = (generation, response.status_code, headers, response.content, expires)
                cache.set(key, entry, lifetime)
                _local.put(key, entry)
            response[HEADER] = "MISS"
        else:
            response[HEADER] = "BYPASS"
        return response


def mark_candidate(page, request):
    """Called before a page is served: may this response be shared with other visitors?

    Only when Wagtail itself finds no view restriction on the page or its ancestors (routing
    answers that from the database with one query, which Wagtail's access check then reuses).
    """
    if getattr(page, "alias_of_id", None):
        # Aliases inherit the source page's restrictions; checking them costs queries.
        return
    if page.get_view_restrictions():
        return
    request._page_cache_candidate = True
    if page.expire_at is not None:
        # A stored copy must not outlive the page (the unpublishing job may run much later).
        request._page_cache_expires = page.expire_at.timestamp()


def refuse_expired(page):
    """An expired page is gone at once, not only when the scheduled job unpublishes it."""
    if page.expire_at is not None and page.expire_at <= timezone.now():
        raise Http404


# --- Invalidation -----------------------------------------------------------------------------


@receiver(page_published)
@receiver(page_unpublished)
@receiver(post_page_move)
def _page_changed(**kwargs):
    bump_generation()


def _is_invalidating_model(sender, created):
    from wagtail.contrib.settings.models import BaseGenericSetting, BaseSiteSetting
    from wagtail.snippets.models import get_snippet_models

    if issubclass(sender, (BaseSiteSetting, BaseGenericSetting)):
        # `for_request` creates the empty row on a site's first page view; the admin creates it
        # the same way before an editor changes it, so only updates carry visible changes.
        return not created
    if issubclass(sender, (Page, PageViewRestriction, Site)):
        return True
    return sender in get_snippet_models()


# Fields a draft save or a lock touches: nothing a visitor sees.
_DRAFT_FIELDS = {
    "latest_revision",
    "latest_revision_created_at",
    "draft_title",
    "has_unpublished_changes",
    "locked",
    "locked_at",
    "locked_by",
    "wagtail_admin_comments",
    "comments",
}


@receiver(post_save)
@receiver(post_delete)
def _content_saved(sender, update_fields=None, created=False, **kwargs):
    if issubclass(sender, Page) and update_fields and set(update_fields) <= _DRAFT_FIELDS:
        return
    if _is_invalidating_model(sender, created):
        bump_generation()


@receiver(m2m_changed, sender=PageViewRestriction.groups.through)
def _restriction_groups_changed(**kwargs):
    bump_generation()
