"""Which pages a visitor may see: live, not expired, not behind a restriction they fail.

The restriction rules are few and change rarely. Each process keeps them for at most
VIEW_RESTRICTION_RECHECK_SECONDS (1 s) and then reads them again from the database; a change
made in this process is seen at once. No shared cache is involved, so neither a cache per
process nor a cache write lost while Redis hangs can keep a restricted page listed. A request
costs no query for the rules most of the time, and one (the user's groups) for logged-in users.
Serving a page does not rely on these rules: Wagtail checks its restrictions from the database.
"""

import threading
import time

from django.conf import settings
from django.db import transaction
from django.db.models import Exists, F, OuterRef, Q
from django.db.models.functions import Length, Substr
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.dispatch import receiver
from django.utils import timezone
from wagtail.models import PageViewRestriction
from wagtail.signals import post_page_move


class _Rules:
    """This process's copy of the rules and when it was read."""

    def __init__(self):
        self.lock = threading.Lock()
        self.rules = None
        self.read_at = 0.0


_local = _Rules()


def _read_rules():
    groups = {}
    for path, kind, group_id in PageViewRestriction.objects.values_list(
        "page__path", "restriction_type", "groups__id"
    ):
        groups.setdefault((path, kind), set())
        if group_id is not None:
            groups[(path, kind)].add(group_id)
    return [(path, kind, group_ids) for (path, kind), group_ids in groups.items()]


def restriction_rules(request=None):
    """[(path, restriction type, {group ids})] of every view restriction.

    Given the request, they are read once per request.
    """
    rules = getattr(request, "_restriction_rules", None)
    if rules is not None:
        return rules
    window = getattr(settings, "VIEW_RESTRICTION_RECHECK_SECONDS", 1.0)
    now = time.monotonic()
    rules = _local.rules
    if rules is None or now - _local.read_at >= window:
        rules = _read_rules()
        with _local.lock:
            _local.rules, _local.read_at = rules, now
    if request is not None:
        request._restriction_rules = rules
    return rules


def forget_rules():
    """Read the rules from the database on next use (in this process)."""
    with _local.lock:
        _local.rules = None


@receiver(post_save, sender=PageViewRestriction)
@receiver(post_delete, sender=PageViewRestriction)
@receiver(m2m_changed, sender=PageViewRestriction.groups.through)
@receiver(post_page_move)
def _forget_rules(**kwargs):
    forget_rules()
    # Other threads may read the old rules until the change commits.
    transaction.on_commit(forget_rules)


def in_private_collection(collection_path="collection__path"):
    """A condition for a query: the row's collection, or one above it, has a view restriction.

    `collection_path` names the collection's tree path from the queried model. A subquery, so
    the check costs no query of its own: documents in such a collection are private.
    """
    from wagtail.models import CollectionViewRestriction

    restricted = CollectionViewRestriction.objects.annotate(
        prefix=Substr(OuterRef(collection_path), 1, Length("collection__path"))
    ).filter(prefix=F("collection__path"))
    return Exists(restricted)


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
