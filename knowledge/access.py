"""Which pages a visitor may see: live, not expired, not behind a restriction they fail."""

from django.db.models import Q
from django.utils import timezone
from wagtail.models import PageViewRestriction


def _passes(restriction, user, user_group_ids):
    if restriction.restriction_type == PageViewRestriction.LOGIN:
        return user.is_authenticated
    if restriction.restriction_type == PageViewRestriction.GROUPS:
        if user.is_superuser:
            return True
        return any(group.pk in user_group_ids for group in restriction.groups.all())
    # Shared-password restrictions are never listed: knowing a page exists is a leak too.
    return False


def hidden_paths(user):
    """Tree paths of the restricted sections this user may not read."""
    if user is None or not user.is_authenticated:
        return list(PageViewRestriction.objects.values_list("page__path", flat=True))
    user_group_ids = set(user.groups.values_list("pk", flat=True))
    restrictions = PageViewRestriction.objects.select_related("page").prefetch_related("groups")
    return [r.page.path for r in restrictions if not _passes(r, user, user_group_ids)]


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
