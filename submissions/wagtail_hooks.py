"""Editors see who sent in which project (with contact data for questions) in the admin."""

from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from accounts.policies import FormRecordPermissionPolicy

from .models import ProjectSubmission

register_permission_policy(ProjectSubmission, FormRecordPermissionPolicy(ProjectSubmission))


class SubmissionViewSet(SnippetViewSet):
    model = ProjectSubmission
    icon = "doc-full-inverse"
    menu_label = "Einreichungen"
    add_to_admin_menu = True
    menu_order = 270
    list_display = ["title", "name", "email", "created_at", "review_started_at"]
    search_fields = ["title", "name", "email"]
    search_backend_name = None
    ordering = ["-created_at"]
    inspect_view_enabled = True
    inspect_view_fields = [
        "title",
        "page",
        "name",
        "email",
        "role",
        "phone",
        "created_at",
        "review_started_at",
        "documents",
        "images",
        "consent_text",
    ]


register_snippet(SubmissionViewSet)
