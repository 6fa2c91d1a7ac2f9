"""The roles of the site as Wagtail groups, their permissions and the review workflow.

`ensure_roles()` is idempotent: it creates what is missing and resets permissions of the role
groups to what is written here. `manage.py setup_roles` and the demo loader call it; it also
runs whenever the internal area or a course section is created (see `wagtail_hooks`).
"""

from django.contrib.auth.models import Group, Permission
from django.db import transaction
from wagtail.models import (
    Collection,
    CollectionViewRestriction,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
    PageViewRestriction,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

EDITORS = "Redaktion"
TRAINERS = "Trainerinnen und Trainer"
MANAGERS = "Familienmanagerinnen und Familienmanager"
PARTICIPANTS = "Kursteilnehmende"
ROLES = [EDITORS, TRAINERS, MANAGERS, PARTICIPANTS]
# Groups that read every part of the internal area.
STAFF_READERS = [EDITORS, TRAINERS, MANAGERS]

INTERNAL_COLLECTION = "Kursmaterial (intern)"
PROJECTS_COLLECTION = "Praxisprojekte"
WORKFLOW_NAME = "Redaktionelle Prüfung"
TASK_NAME = "Freigabe durch die Redaktion"

EDITOR_PAGE_PERMISSIONS = [
    "add_page",
    "change_page",
    "publish_page",
    "bulk_delete_page",
    "lock_page",
    "unlock_page",
]
# Trainers write and submit; publishing stays with the Redaktion.
TRAINER_PAGE_PERMISSIONS = ["add_page", "change_page"]
# "add" alone lets Wagtail's owner rule apply: a family manager edits only pages they created.
MANAGER_PAGE_PERMISSIONS = ["add_page"]
MEDIA_ALL = [
    f"{action}_{model}"
    for model in ("document", "image")
    for action in ("add", "change", "delete", "choose")
]
# Apps whose vocabularies (themes, municipalities, synonyms, ...) the Redaktion manages.
EDITOR_MODEL_APPS = [
    "knowledge",
    "search",
    "home",
    "feedback",
    "contact",
    "folders",
    "submissions",
    "wagtailredirects",
    "wagtailsearchpromotions",
]


def course_group_name(course):
    return f"{PARTICIPANTS} Kurs {course.number}"


def course_collection_name(course):
    return f"Kurs {course.number} (intern)"


def _permissions(codenames, app_label=None):
    queryset = Permission.objects.filter(codename__in=codenames)
    if app_label:
        queryset = queryset.filter(content_type__app_label=app_label)
    return list(queryset)


def _page_permissions(group, page, codenames):
    for permission in _permissions(codenames, "wagtailcore"):
        GroupPagePermission.objects.get_or_create(group=group, page=page, permission=permission)


def _collection_permissions(group, collection, codenames):
    for permission in Permission.objects.filter(
        codename__in=codenames, content_type__app_label__in=["wagtaildocs", "wagtailimages"]
    ):
        GroupCollectionPermission.objects.get_or_create(
            group=group, collection=collection, permission=permission
        )


def root_collection():
    """The collection tree's root (Wagtail's migration creates it; a test flush does not)."""
    return Collection.get_first_root_node() or Collection.add_root(name="Root")


def _child_collection(name, parent=None):
    parent = parent or root_collection()
    existing = parent.get_children().filter(name=name).first()
    return existing or parent.add_child(name=name)


def _restrict_collection(collection, group_names):
    groups = [Group.objects.get_or_create(name=name)[0] for name in group_names]
    restriction = CollectionViewRestriction.objects.filter(collection=collection).first()
    if restriction is None or restriction.restriction_type != CollectionViewRestriction.GROUPS:
        CollectionViewRestriction.objects.filter(collection=collection).delete()
        restriction = CollectionViewRestriction.objects.create(
            collection=collection, restriction_type=CollectionViewRestriction.GROUPS
        )
    restriction.groups.set(groups)
    return restriction


def restrict_page(page, group_names):
    """Make `page` (and its subtree) readable only by these groups; no other restriction."""
    groups = [Group.objects.get_or_create(name=name)[0] for name in group_names]
    restrictions = PageViewRestriction.objects.filter(page=page)
    restriction = restrictions.filter(restriction_type=PageViewRestriction.GROUPS).first()
    restrictions.exclude(pk=getattr(restriction, "pk", None)).delete()
    if restriction is None:
        restriction = PageViewRestriction.objects.create(
            page=page, restriction_type=PageViewRestriction.GROUPS
        )
    if {g.pk for g in restriction.groups.all()} != {g.pk for g in groups}:
        restriction.groups.set(groups)
    return restriction


def internal_collection():
    collection = _child_collection(INTERNAL_COLLECTION)
    _restrict_collection(collection, [*STAFF_READERS, PARTICIPANTS])
    return collection


@transaction.atomic
def secure_internal_area(page):
    """Restrict /intern/ to every role that reads internal material."""
    restrict_page(page, [*STAFF_READERS, PARTICIPANTS])


@transaction.atomic
def secure_course_section(page):
    """Restrict a course section to its participants and staff; give it a private collection."""
    group_name = course_group_name(page.course)
    restrict_page(page, [*STAFF_READERS, group_name])
    collection = _child_collection(course_collection_name(page.course), internal_collection())
    _restrict_collection(collection, [*STAFF_READERS, group_name])
    return collection


def course_collection(course):
    """The private document collection of a course (created on demand)."""
    return _child_collection(course_collection_name(course), internal_collection())


def ensure_workflow(editors):
    """One workflow for the whole tree: the Redaktion approves every submission."""
    task = GroupApprovalTask.objects.filter(name=TASK_NAME).first()
    if task is None:
        task = GroupApprovalTask.objects.create(name=TASK_NAME)
    task.groups.set([editors])
    workflow, _ = Workflow.objects.get_or_create(name=WORKFLOW_NAME, defaults={"active": True})
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    root = Page.get_first_root_node()
    WorkflowPage.objects.update_or_create(page=root, defaults={"workflow": workflow})
    return workflow


@transaction.atomic
def ensure_roles():
    """Create the role groups with their permissions, restrictions and the workflow."""
    from knowledge.models import CourseIndexPage, PracticeProjectIndexPage

    from .models import InternalAreaPage, InternalCoursePage

    # Wagtail's starter groups would be a second, unexplained set of roles; drop them while empty.
    Group.objects.filter(name__in=["Moderators", "Editors"], user__isnull=True).delete()
    groups = {name: Group.objects.get_or_create(name=name)[0] for name in ROLES}
    admin_access = Permission.objects.get(
        content_type__app_label="wagtailadmin", codename="access_admin"
    )
    for name in STAFF_READERS:
        groups[name].permissions.add(admin_access)

    editors = groups[EDITORS]
    editors.permissions.add(
        *Permission.objects.filter(content_type__app_label__in=EDITOR_MODEL_APPS).exclude(
            content_type__model__in=["pagetheme", "pagekeyword"]
        )
    )
    root_page = Page.get_first_root_node()
    _page_permissions(editors, root_page, EDITOR_PAGE_PERMISSIONS)
    root = root_collection()
    _collection_permissions(editors, root, MEDIA_ALL)

    trainers = groups[TRAINERS]
    sections = [*CourseIndexPage.objects.all(), *InternalAreaPage.objects.all()]
    for page in sections:
        _page_permissions(trainers, page, TRAINER_PAGE_PERMISSIONS)
    _collection_permissions(trainers, root, ["choose_document", "choose_image"])
    # Their own collections for course sessions ("Mappen"); the owner rule limits "add".
    trainers.permissions.add(*_permissions(["add_folder"], "folders"))
    _collection_permissions(
        trainers, internal_collection(), ["add_document", "change_document", "choose_document"]
    )

    managers = groups[MANAGERS]
    for page in PracticeProjectIndexPage.objects.all():
        _page_permissions(managers, page, MANAGER_PAGE_PERMISSIONS)
    projects = _child_collection(PROJECTS_COLLECTION)
    _collection_permissions(
        managers, projects, ["add_document", "choose_document", "add_image", "choose_image"]
    )

    for page in InternalAreaPage.objects.all():
        secure_internal_area(page)
    for page in InternalCoursePage.objects.select_related("course"):
        secure_course_section(page)

    ensure_workflow(editors)
    return groups
