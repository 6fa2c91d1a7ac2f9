"""Who may open a collection, and which of its items each reader sees.

Opening a collection never widens access to its items: every page goes through
`knowledge.access.viewable` and every document through its collection's view restrictions, for
the reader at hand. An item the reader may not see is left out entirely, title included.
"""

from dataclasses import dataclass

from django.db.models import Q
from wagtail.models import CollectionViewRestriction, Page

from accounts.roles import PARTICIPANTS, STAFF_READERS
from knowledge.access import user_group_ids, viewable

from .models import Folder, FolderItem


def can_manage(user, folder):
    """Owners edit their own collections; the Redaktion (change permission) edits all."""
    if not user.is_authenticated:
        return False
    return folder.owner_id == user.pk or user.has_perm("folders.change_folder")


def _group_names(user):
    if not user.is_authenticated:
        return set()
    if not hasattr(user, "_folder_group_names"):
        user._folder_group_names = set(user.groups.values_list("name", flat=True))
    return user._folder_group_names


def _participant_filter(user):
    """Q for collections shared with course participants that this user belongs to."""
    names = _group_names(user)
    shared = Q(visibility=Folder.Visibility.PARTICIPANTS)
    if user.is_superuser or names & set(STAFF_READERS):
        return shared
    courses = Q(course__isnull=True) if PARTICIPANTS in names else Q(pk__in=[])
    course_groups = [n for n in names if n.startswith(f"{PARTICIPANTS} Kurs ")]
    if course_groups:
        numbers = [n.rsplit(" ", 1)[-1] for n in course_groups]
        courses |= Q(course__number__in=[int(n) for n in numbers if n.isdigit()])
    return shared & courses


def openable(user, queryset=None):
    """The collections this user may open."""
    queryset = Folder.objects.all() if queryset is None else queryset
    condition = Q(visibility=Folder.Visibility.PUBLIC)
    if user.is_authenticated:
        condition |= Q(owner=user) | _participant_filter(user)
        if user.has_perm("folders.change_folder"):
            return queryset
    return queryset.filter(condition)


def can_open(user, folder):
    return openable(user, Folder.objects.filter(pk=folder.pk)).exists()


def shared_with(user):
    """Collections shown in the user's internal area: shared with them or their own."""
    if not user.is_authenticated:
        return Folder.objects.none()
    return (
        openable(user)
        .filter(Q(visibility=Folder.Visibility.PARTICIPANTS) | Q(owner=user))
        .select_related("course", "owner")
    )


# --- Items -----------------------------------------------------------------------------------


def _passes(restriction_type, group_ids, user):
    if not user.is_authenticated:
        return False
    if restriction_type == CollectionViewRestriction.LOGIN:
        return True
    if restriction_type == CollectionViewRestriction.GROUPS:
        return user.is_superuser or bool(group_ids & user_group_ids(user))
    return False  # shared passwords never open a document through a collection


def hidden_collection_paths(user):
    """Tree paths of document collections this user may not read (one query)."""
    restrictions = CollectionViewRestriction.objects.select_related("collection")
    return [
        r.collection.path
        for r in restrictions.prefetch_related("groups")
        if not _passes(r.restriction_type, {g.pk for g in r.groups.all()}, user)
    ]


def document_visible(document, hidden_paths):
    return not any(document.collection.path.startswith(path) for path in hidden_paths)


@dataclass
class VisibleItem:
    """An item as one reader sees it: the specific page or the document, and the note."""

    number: int
    item: FolderItem
    page: Page | None = None
    document: object = None

    @property
    def title(self):
        return self.page.title if self.page is not None else self.document.title

    @property
    def note(self):
        return self.item.note


def visible_items(folder, user):
    """The items of `folder` this user may see, numbered in order; a fixed number of queries."""
    items = list(folder.items.select_related("document__collection").order_by("sort_order", "pk"))
    page_ids = [item.page_id for item in items if item.page_id]
    pages = {}
    if page_ids:
        pages = {
            page.pk: page
            for page in viewable(Page.objects.filter(pk__in=page_ids), user).specific()
        }
    hidden = hidden_collection_paths(user) if any(i.document_id for i in items) else []
    shown = []
    for item in items:
        if item.page_id:
            if item.page_id in pages:
                shown.append(VisibleItem(len(shown) + 1, item, page=pages[item.page_id]))
        elif item.document_id and document_visible(item.document, hidden):
            shown.append(VisibleItem(len(shown) + 1, item, document=item.document))
    return shown
