"""Which pages a visitor may see: live, not expired, not behind a restriction they fail.

The restriction rules are few and change rarely, so they are cached and invalidated whenever a
restriction or its groups change; a request then costs no query for anonymous visitors and one
(the user's groups) for logged-in users.
"""

from django.core.cache import cache
from django.db.models import Q
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.dispatch import receiver
from django.utils import timezone
from wagtail.models import PageViewRestriction
from wagtail.signals import post_page_move

RULES_CACHE_KEY = "knowledge:view-restriction-rules"


def restriction_rules(request=None):
    """[(path, restriction type, {group ids})] of every view restriction, cached.

    Given the request, they are read from the cache once per request (routing and the page
    cache both ask before the page is served).
    """
    rules = getattr(request, "_restriction_rules", None)
    if rules is not None:
        return rules
    rules = cache.get(RULES_CACHE_KEY)
    if rules is None:
        rules = [
            (r.page.path, r.restriction_type, {g.pk for g in r.groups.all()})
            for r in PageViewRestriction.objects.select_related("page").prefetch_related("groups")
        ]
        cache.set(RULES_CACHE_KEY, rules, None)
    if request is not None:
        request._restriction_rules = rules
    return rules


@receiver(post_save, sender=PageViewRestriction)
@receiver(post_delete, sender=PageViewRestriction)
@receiver(m2m_changed, sender=PageViewRestriction.groups.through)
@receiver(post_page_move)
def _forget_rules(**kwargs):
    cache.delete(RULES_CACHE_KEY)


def _passes(restriction_type, group_ids, user, user_group_ids):
    if not user.is_authenticated:
        return False
    if restriction_type == PageViewRestriction.LOGIN:
        return True
    if restriction_type == PageViewRestriction.GROUPS:
        return user.is_superuser or bool(group_ids & user_group_ids)
    # Shared-password restrictions are never listed: knowing a page exists is a leak too.
    return False


def user_group_ids(user):
    """The user's group ids, fetched once per user object."""
    if not user.is_authenticated:
        return set()
    if not hasattr(user, "_knowledge_group_ids"):
        user._knowledge_group_ids = set(user.groups.values_list("pk", flat=True))
    return user._knowledge_group_ids


def hidden_paths(user):
    """Tree paths of the restricted sections this user may not read."""
    rules = restriction_rules()
    if not rules:
        return []
    groups = user_group_ids(user) if user is not None else set()
    return [
        path
        for path, kind, group_ids in rules
        if user is None or not _passes(kind, group_ids, user, groups)
    ]


def viewable(queryset, user):
    """Restrict a page queryset to live pages this user may read (anonymous: public only).

    Expired pages are excluded even before the scheduler has unpublished them.
    """
    queryset = queryset.live().exclude(expire_at__lte=timezone.now())
    paths = hidden_paths(user)
    if not paths:
        return queryset
    hidden = Q()
    for path in paths:
        hidden |= Q(path__startswith=path)
    return queryset.exclude(hidden)
